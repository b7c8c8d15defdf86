package io.dockertutor.serve.web;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.serve.classroom.ClassFeed;
import io.dockertutor.serve.classroom.ClassGrid;
import io.dockertutor.serve.classroom.LearnerActivity;
import io.dockertutor.serve.store.ClassDatabase;
import io.dockertutor.serve.store.Curriculum;
import io.dockertutor.serve.store.Learner;
import io.dockertutor.serve.term.BrowserTutors;
import io.dockertutor.tutor.repl.Hosting;
import io.dockertutor.tutor.repl.ReplSettings;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The classroom server, put together: Javalin with the learner's static page, {@link LearnerRoutes} and
 * {@link TeacherRoutes}; one {@link BrowserTutors} of tutors on the simulated engine, each learner's progress in the
 * {@link ClassDatabase}, where the class's teacher's token is kept from one start to the next. {@link #close()} ends every session (progress saved) before it closes the database.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(settings, ClassDatabase.open(null, stateDirectory))) {
 *     System.out.println("http://localhost:" + server.port() + "/teacher?token=" + server.teacherToken());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    private static final String STATIC = "/io/dockertutor/serve/web/static";

    private final Javalin app;
    private final ServerSettings settings;
    private final ClassDatabase db;
    private final BrowserTutors sessions;
    private final ClassFeed feed;
    private final TeacherAccess access;
    private final Supplier<LessonLibrary> library;
    private final Supplier<Curriculum> curriculum;

    private WebServer(ServerSettings settings, ClassDatabase db) {
        this.settings = settings;
        this.db = db;
        this.access = new TeacherAccess(settings.newTeacherToken() ? db.teacherTokens().renew(settings.className())
                : db.teacherTokens().of(settings.className()));
        this.library = memoize(() -> lessons(settings.lessons()));
        this.curriculum = memoize(() -> Curriculum.of(library.get()));
        this.sessions = new BrowserTutors(settings.idle());
        ClassGrid grid = new ClassGrid(settings.className(), db, library, curriculum, settings.locale(),
                id -> sessions.find(id).isPresent());
        this.feed = new ClassFeed(grid);
        LearnerRoutes learners = new LearnerRoutes(settings, db.learners(), sessions, this::replSettings,
                new LearnerActivity(db.learners()));
        TeacherRoutes teacher = new TeacherRoutes(access, grid, feed, sessions,
                new ClassExports(() -> db.results(settings.className(), curriculum.get())));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.jetty.modifyServletContextHandler(WebServer::keepNoHttpSessions);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = STATIC;
                files.location = Location.CLASSPATH;
            });
            learners.register(config.routes);
            teacher.register(config.routes);
        });
    }

    /**
     * Javalin asks Jetty for an HTTP session at every WebSocket upgrade (to copy its attributes), and Jetty's default
     * keeps each one for ever: any client opening sockets without the cookie added one that never went away, and a
     * {@code JSESSIONID} cookie nobody reads. A learner is known by the tutor's own cookie; the server keeps no
     * HTTP session: a cache that holds none, and no cookie for it.
     */
    private static void keepNoHttpSessions(org.eclipse.jetty.ee10.servlet.ServletContextHandler handler) {
        org.eclipse.jetty.ee10.servlet.SessionHandler sessions = handler.getSessionHandler();
        if (sessions != null) {
            org.eclipse.jetty.session.NullSessionCache none = new org.eclipse.jetty.session.NullSessionCache(sessions);
            none.setSessionDataStore(new org.eclipse.jetty.session.NullSessionDataStore());
            sessions.setSessionCache(none);
            sessions.setUsingCookies(false);
        }
    }

    /** Starts listening; a port in use or an address not of this machine fails here (and closes the database). */
    public static WebServer start(ServerSettings settings, ClassDatabase db) {
        WebServer server = new WebServer(settings, db);
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

    /** A learner's tutor: the simulated engine, their own directory, their progress in the database. */
    private ReplSettings replSettings(Learner learner, Locale locale) {
        Path home = settings.learnersDirectory().resolve(learner.id());
        // No workspace named: each lesson and free practice get their own directory under the learner's.
        return new ReplSettings(locale, "sim", null, null, false, library, home, null,
                new Hosting(true, () -> db.progressOf(learner.id(), curriculum.get(), saved -> feed.poke())));
    }

    private static LessonLibrary lessons(Path dir) {
        try {
            return dir == null ? LessonLibrary.bundled() : LessonLibrary.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read once, shared by every learner and the grid. */
    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = supplier.get();
                }
                @SuppressWarnings("unchecked")
                T t = (T) value[0];
                return t;
            }
        };
    }

    /** Ends every learner's tutor (each saves its progress), stops listening, closes the database. */
    @Override
    public void close() {
        sessions.close();
        feed.close();
        try {
            app.stop();
        } finally {
            db.close();
        }
    }
}
