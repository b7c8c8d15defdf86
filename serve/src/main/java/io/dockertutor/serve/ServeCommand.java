package io.dockertutor.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code docker-tutor serve [--port 8080] [--bind 127.0.0.1] [--class NAME] [--lessons DIR] [--db URL]}: serves the
 * tutor to a class of browsers and the teacher's live view, until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, resourceBundle = "io.dockertutor.serve.messages",
        header = "${bundle:serve.description}")
final class ServeCommand implements Callable<Integer> {
    private final Locale locale;

    @Option(names = "--port", defaultValue = "8080", descriptionKey = "serve.port")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", descriptionKey = "serve.bind")
    String bind;

    @Option(names = "--class", descriptionKey = "serve.class")
    String className;

    @Option(names = "--class-code", descriptionKey = "serve.classCode")
    String classCode;

    @Option(names = "--lessons", descriptionKey = "serve.lessons")
    Path lessons;

    @Option(names = "--db", descriptionKey = "serve.db")
    String database;

    @Option(names = "--idle", defaultValue = "PT30M", descriptionKey = "serve.idle")
    Duration idle;

    ServeCommand(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("serve: the server is being built (issue 16)");
    }
}
