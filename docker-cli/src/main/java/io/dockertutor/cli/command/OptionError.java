package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.CommandDef;
import io.dockertutor.cli.grammar.UsageError;

/**
 * A container option the client refuses after flag parsing ({@code invalid containerPort: foo}): docker prints
 * it as {@code docker: MESSAGE}, a blank line and the help hint, and exits 125.
 */
final class OptionError extends Exception {
    OptionError(String message) {
        super(message);
    }

    /** The usage error docker run/create print for this message ({@code verb}: run or create, as the CLI hard-codes it). */
    UsageError usage(String verb) {
        return usage(verb, getMessage());
    }

    static UsageError usage(String verb, String message) {
        return usage(verb, message, 125);
    }

    static UsageError usage(String verb, String message, int status) {
        return new UsageError("docker: " + message + "\n\nRun 'docker " + verb + " --help' for more information\n", status);
    }

    /** What pflag prints when a flag's own parser refuses a value ({@code --mount}, {@code -e}, {@code -l}). */
    static UsageError badFlagValue(CommandDef command, String flag, String value, String problem) {
        String name = command.longOption(flag).map(o -> o.displayName()).orElse("--" + flag);
        return new UsageError("invalid argument \"" + value + "\" for \"" + name + "\" flag: " + problem
                + "\n\nUsage:  " + command.usage() + "\n\nRun '" + command.commandLine() + " --help' for more information\n", 125);
    }
}
