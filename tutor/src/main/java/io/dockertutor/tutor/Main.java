package io.dockertutor.tutor;

import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ServiceLoader;
import picocli.CommandLine;

/** {@code docker-tutor}: chooses the language, builds the command line, runs it; no Java stack trace ever escapes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        String lang = langFlag(args);
        if (lang != null && !Languages.known(lang)) {
            // The learner's language is the unknown: say it in both, as a picocli usage error would exit.
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            err.println(new TutorMessages(Locale.ENGLISH).get("error.lang", lang));
            err.println(new TutorMessages(Locale.KOREAN).get("error.lang", lang));
            return 2;
        }
        Locale locale = Languages.resolve(lang, System.getenv());
        Locale.setDefault(locale);
        if (args.length == 0) {
            // The common case skips picocli: its classes target Java 5, which JDK 17's class-data sharing cannot
            // archive, and verifying them costs more start-up time than everything else before the prompt.
            try {
                return TutorCommand.interactive(locale, SessionOptions.defaults(), new LessonSource());
            } catch (Exception | Error e) {
                System.err.println(new TutorMessages(locale).get("error.internal", e));
                return 1;
            }
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered without picocli too: building its model of every subcommand costs more than the JVM's start.
            System.out.println(VersionProvider.line());
            return 0;
        }
        CommandLine cli = new CommandLine(new TutorCommand(locale));
        for (TutorSubcommand added : ServiceLoader.load(TutorSubcommand.class)) {
            cli.addSubcommand(added.name(), added.command(locale));
        }
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(new TutorMessages(locale).get("error.internal", e));
            return 1;
        });
        return cli.execute(args);
    }

    private static String langFlag(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
