package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;

/**
 * {@code docker login} and {@code docker logout}. The simulated registry needs no account; like the real client
 * without a terminal, login refuses to prompt, and logout of a registry never logged into says what it removes.
 */
final class LoginCommands {
    private LoginCommands() {
    }

    static int login(ParsedCommand cmd, CliContext ctx) {
        if (!ctx.terminal() && !cmd.has("password") && !cmd.bool("password-stdin")) {
            ctx.err().println("Error: Cannot perform an interactive login from a non TTY device");
            return 1;
        }
        ctx.out().println("Login Succeeded");
        return 0;
    }

    static int logout(ParsedCommand cmd, CliContext ctx) {
        String server = cmd.args().isEmpty() ? "https://index.docker.io/v1/" : cmd.args().get(0);
        ctx.out().println("Removing login credentials for " + server);
        return 0;
    }
}
