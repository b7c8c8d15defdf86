package io.dockertutor.tutor;

import io.dockertutor.cli.BatchRunner;
import io.dockertutor.cli.Interpreter;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code docker-tutor run [--transcript] FILE|-}: the batch runner. Its exit status is the last command's. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.tutor.messages", header = "${bundle:run.description}")
final class RunFileCommand implements Callable<Integer> {
    // Options given before the subcommand (docker-tutor --lessons DIR validate) live on the parent.
    @ParentCommand
    TutorCommand parent;

    @Mixin
    SessionOptions session;

    @Option(names = "--transcript", descriptionKey = "option.transcript")
    boolean transcript;

    @Parameters(paramLabel = "FILE|-", descriptionKey = "run.file")
    String file;

    @Override
    public Integer call() {
        session = session.over(parent == null ? null : parent.session);
        // Main chose the language from --lang wherever it stands on the command line, then from LANG.
        Locale locale = Locale.getDefault();
        TutorMessages messages = new TutorMessages(locale);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, false, StandardCharsets.UTF_8);
        String script;
        try {
            script = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("error.readScript", file, e.getMessage()));
            err.flush();
            return 1;
        }
        try {
            Interpreter interpreter = session.interpreter(locale);
            int status = new BatchRunner(interpreter, out, err, transcript).run(script);
            out.flush();
            err.flush();
            return status;
        } catch (SessionOptions.SessionException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }
}
