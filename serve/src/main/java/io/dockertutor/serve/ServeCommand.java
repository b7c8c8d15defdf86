package io.dockertutor.serve;

import io.dockertutor.serve.store.ClassDatabase;
import io.dockertutor.serve.store.ClassDatabaseException;
import io.dockertutor.serve.term.ServeText;
import io.dockertutor.serve.web.ServerSettings;
import io.dockertutor.serve.web.WebServer;
import io.dockertutor.tutor.progress.ProgressFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
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
    /** The class's name in the database and the exports when {@code --class} is not given. */
    static final String DEFAULT_CLASS = "docker-tutor";

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

    @Option(names = "--state", paramLabel = "DIR", descriptionKey = "serve.state")
    Path state;

    @Option(names = "--max-learners", defaultValue = "200", descriptionKey = "serve.maxLearners")
    int maxLearners;

    @Option(names = "--max-per-address", defaultValue = "8", descriptionKey = "serve.maxPerAddress")
    int maxPerAddress;

    @Option(names = "--joins-per-minute", defaultValue = "" + ServerSettings.JOINS_PER_MINUTE,
            descriptionKey = "serve.joinsPerMinute")
    int joinsPerMinute;

    @Option(names = "--new-teacher-token", descriptionKey = "serve.newTeacherToken")
    boolean newTeacherToken;

    @Option(names = "--warm-up", paramLabel = "LEARNERS", defaultValue = "" + WARM_UP_LEARNERS, descriptionKey = "serve.warmUp")
    int warmUp;

    /** {@code --warm-up}'s default: enough practice learners that the code of a join and of each command is compiled. */
    static final int WARM_UP_LEARNERS = 40;

    ServeCommand(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServeText text = new ServeText(locale);
        Optional<String> problem = new ServeStartup(text).problem(bind, lessons, idle, joinsPerMinute, warmUp);
        if (problem.isPresent()) {
            System.err.println(problem.get());
            return 2;
        }
        ServerSettings settings = new ServerSettings(bind, port, className == null ? DEFAULT_CLASS : className,
                classCode, lessons, state != null ? state : ProgressFile.stateDirectory(System.getenv()), idle, locale,
                maxLearners, maxPerAddress, joinsPerMinute, newTeacherToken);
        ClassDatabase db;
        try {
            db = ClassDatabase.open(database, settings.stateDirectory());
        } catch (ClassDatabaseException e) {
            System.err.println(e.message(locale));
            return 2;
        }
        WebServer server;
        try {
            server = WebServer.start(settings, db);
        } catch (RuntimeException e) {
            System.err.println(text.get(ServeStartup.portInUse(e) ? "serve.portInUse" : "serve.cannotListen", bind,
                    Integer.toString(port), ServeStartup.reason(e)));
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "docker-tutor-serve-stop"));
        if (warmUp > 0) {
            warmUp(text, settings);
        }
        new ServeStartup(text).announce(System.out, settings, server.port(), server.teacherToken());
        stopped.await();
        return 0;
    }

    /** Runs {@link ServeWarmUp} with a line before and after; a warm-up that fails is told and serving goes on. */
    private void warmUp(ServeText text, ServerSettings settings) throws InterruptedException {
        System.out.println(text.get("serve.warmingUp", Integer.toString(warmUp)));
        System.out.flush();
        long start = System.nanoTime();
        try {
            new ServeWarmUp(settings, warmUp).run();
            System.out.println(text.get("serve.warmedUp",
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println(text.get("serve.warmUpFailed", ServeStartup.reason(e)));
        }
    }
}
