package io.dockertutor.serve.web;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.serve.classroom.ClassFeed;
import io.dockertutor.serve.classroom.ClassGrid;
import io.dockertutor.serve.classroom.Learner;
import io.dockertutor.serve.classroom.RandomTokens;
import io.dockertutor.serve.classroom.Roster;
import io.dockertutor.serve.term.LearnerSessions;
import io.dockertutor.tutor.repl.Hosting;
import io.dockertutor.tutor.repl.ReplSettings;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The classroom server, put together: Javalin with the learner's static page, {@link LearnerRoutes} and
 * {@link TeacherRoutes}; one {@link LearnerSessions} of tutors on the simulated engine; the {@link Roster} (the class's
 * learners and progress). {@link #close()} ends every session (progress saved) before the roster.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(settings, roster)) {
 *     System.out.println("http://localhost:" + server.port() + "/teacher?token=" + server.teacherToken());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    private static final String STATIC = "/io/dockertutor/serve/web/static";

    private final Javalin app;
    private final LearnerSessions sessions;
    private final ClassFeed feed;
    private final Roster roster;
    private final TeacherAccess access;

    private WebServer(ServerSettings settings, Roster roster) {
        this.roster = roster;
        this.access = new TeacherAccess(RandomTokens.newToken());
        Supplier<LessonLibrary> library = lessons(settings.lessons());
        this.sessions = new LearnerSessions(id -> replSettings(settings, roster.byId(id).orElseThrow(), library),
                settings.idle());
        ClassGrid grid = new ClassGrid(settings.className(), roster, library, settings.locale(), this::lastActivity);
        this.feed = new ClassFeed(grid);
        LearnerRoutes learners = new LearnerRoutes(settings, roster, sessions);
        TeacherRoutes teacher = new TeacherRoutes(access, grid, feed, sessions, new ClassExports(grid::view));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = STATIC;
                files.location = Location.CLASSPATH;
            });
            learners.register(config.routes);
            teacher.register(config.routes);
        });
    }

    /** Starts listening; a port in use or an address not of this machine fails here. */
    public static WebServer start(ServerSettings settings, Roster roster) {
        WebServer server = new WebServer(settings, roster);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return app.port();
    }

    public String teacherToken() {
        return access.token();
    }

    private OptionalLong lastActivity(String learnerId) {
        return sessions.find(learnerId).map(s -> OptionalLong.of(s.lastActivity())).orElse(OptionalLong.empty());
    }

    private ReplSettings replSettings(ServerSettings settings, Learner learner, Supplier<LessonLibrary> library) {
        Path home = settings.learnersDirectory().resolve(learner.id());
        // No workspace named: each lesson and free practice get their own directory under the learner's.
        return new ReplSettings(learner.locale(), "sim", null, null, false, library, home, null,
                new Hosting(true, () -> roster.progressStore(learner)));
    }

    /** The lessons, read once and shared by every learner and the grid. */
    private static Supplier<LessonLibrary> lessons(Path dir) {
        LessonLibrary[] loaded = new LessonLibrary[1];
        return () -> {
            synchronized (loaded) {
                if (loaded[0] == null) {
                    try {
                        loaded[0] = dir == null ? LessonLibrary.bundled() : LessonLibrary.load(dir);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded[0];
            }
        };
    }

    /** Ends every learner's tutor (each saves its progress), stops listening, closes the roster. */
    @Override
    public void close() {
        sessions.close();
        feed.close();
        try {
            app.stop();
        } finally {
            roster.close();
        }
    }
}
