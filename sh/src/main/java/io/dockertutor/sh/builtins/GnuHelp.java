package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import java.util.Map;
import java.util.Optional;

/**
 * What the GNU programs the simulator models print for {@code --help} and {@code --version}: Debian 12's texts
 * ({@code gnu-help.txt}, captured by {@code scripts/capture-gnu-help}), on standard output with status 0. As getopt
 * permutes, the option counts wherever it stands before {@code --}; {@code --help} wins over {@code --version}.
 */
public final class GnuHelp {
    private static volatile Map<String, String> texts;

    private GnuHelp() {
    }

    /** {@code program} answering {@code --help} and {@code --version} first where its session's userland is GNU. */
    public static Command answering(String program, Command run) {
        return call -> {
            Optional<String> text = call.shell().userland() == Userland.GNU ? asked(program, call) : Optional.empty();
            if (text.isPresent()) {
                call.out().println(text.get());
                return 0;
            }
            return run.run(call);
        };
    }

    /** A recorded text by its key ({@code sed --help}). */
    static Optional<String> text(String key) {
        return Optional.ofNullable(texts().get(key));
    }

    /** The text {@code call} asks {@code program} for, if it asks for help or version and the program has one. */
    static Optional<String> asked(String program, Invocation call) {
        boolean help = false;
        boolean version = false;
        for (String a : call.args()) {
            if (a.equals("--")) {
                break;
            }
            help |= a.equals("--help");
            version |= a.equals("--version");
        }
        if (!help && !version) {
            return Optional.empty();
        }
        return Optional.ofNullable(texts().get(program + (help ? " --help" : " --version")));
    }

    private static Map<String, String> texts() {
        Map<String, String> loaded = texts;
        if (loaded == null) {
            loaded = TextSections.read("gnu-help.txt");
            texts = loaded;
        }
        return loaded;
    }
}
