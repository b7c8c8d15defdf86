package io.dockertutor.serve.web;

import io.dockertutor.serve.classroom.ClassFeed;
import io.dockertutor.serve.classroom.ClassGrid;
import io.dockertutor.serve.term.BrowserTutor;
import io.dockertutor.serve.term.BrowserTutors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.sse.SseClient;
import io.javalin.websocket.WsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The teacher's side, every route behind {@link TeacherAccess}: the page {@code /teacher} (and its script and style),
 * {@code /api/class} (the grid as JSON), {@code /api/class/events} (the grid pushed as Server-Sent Events, event
 * {@code class}), the WebSocket {@code /api/watch/{id}} (a learner's screen, read-only) and the exports.
 */
final class TeacherRoutes {
    private static final String PAGES = "/io/dockertutor/serve/web/teacher/";
    private static final Set<String> FILES = Set.of("teacher.js", "teacher.css");

    private final TeacherAccess access;
    private final ClassGrid grid;
    private final ClassFeed feed;
    private final BrowserTutors sessions;
    private final ClassExports exports;
    private final Map<String, Consumer<byte[]>> watchers = new ConcurrentHashMap<>();

    TeacherRoutes(TeacherAccess access, ClassGrid grid, ClassFeed feed, BrowserTutors sessions, ClassExports exports) {
        this.access = access;
        this.grid = grid;
        this.feed = feed;
        this.sessions = sessions;
        this.exports = exports;
    }

    void register(RoutesConfig routes) {
        routes.before("/teacher", access::require);
        routes.before("/teacher/*", access::require);
        routes.before("/api/*", access::require);
        routes.wsBeforeUpgrade("/api/*", access::require);
        routes.get("/teacher", ctx -> page(ctx, "teacher.html", "text/html; charset=utf-8"));
        routes.get("/teacher/export.csv", exports::csv);
        routes.get("/teacher/export.xml", exports::junitXml);
        routes.get("/teacher/{file}", this::file);
        routes.get("/api/class", ctx -> ctx.json(grid.view()));
        routes.sse("/api/class/events", this::events);
        routes.ws("/api/watch/{id}", this::watch);
    }

    private void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        if (!FILES.contains(name)) {
            throw new NotFoundResponse();
        }
        page(ctx, name, name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
    }

    private static void page(Context ctx, String name, String type) throws IOException {
        try (InputStream in = TeacherRoutes.class.getResourceAsStream(PAGES + name)) {
            if (in == null) {
                throw new NotFoundResponse();
            }
            ctx.contentType(type).header("Cache-Control", "no-store").result(in.readAllBytes());
        }
    }

    private void events(SseClient client) {
        Consumer<ClassGrid.View> listener = view -> {
            if (!client.terminated()) {
                client.sendEvent("class", client.ctx().jsonMapper().toJsonString(view, ClassGrid.View.class));
            }
        };
        client.onClose(() -> feed.unsubscribe(listener));
        client.keepAlive();
        feed.subscribe(listener);
    }

    private void watch(WsConfig ws) {
        ws.onConnect(ctx -> {
            Optional<BrowserTutor> session = sessions.find(ctx.pathParam("id"));
            if (session.isEmpty()) {
                ctx.closeSession(LearnerRoutes.ENDED, "no session");
                return;
            }
            ctx.enableAutomaticPings(15, java.util.concurrent.TimeUnit.SECONDS);
            Consumer<byte[]> viewer = bytes -> LearnerRoutes.send(ctx, bytes);
            watchers.put(ctx.sessionId(), viewer);
            session.get().attach(viewer);
        });
        ws.onClose(ctx -> {
            Consumer<byte[]> viewer = watchers.remove(ctx.sessionId());
            if (viewer != null) {
                sessions.find(ctx.pathParam("id")).ifPresent(s -> s.detach(viewer));
            }
        });
    }
}
