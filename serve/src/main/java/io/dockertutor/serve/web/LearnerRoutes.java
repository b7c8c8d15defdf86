package io.dockertutor.serve.web;

import io.dockertutor.serve.classroom.LearnerActivity;
import io.dockertutor.serve.store.Learner;
import io.dockertutor.serve.store.Learners;
import io.dockertutor.serve.store.RandomTokens;
import io.dockertutor.tutor.repl.ReplSettings;
import io.dockertutor.serve.term.BrowserTutor;
import io.dockertutor.serve.term.BrowserTutors;
import io.dockertutor.serve.term.ServeText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's side: {@code GET /learner/me} (the class, and who the cookie says this is), {@code POST /join} (a
 * name, the class code when there is one; sets the session cookie; 429 when one address adds learners faster than
 * {@link JoinRate} allows) and the terminal's WebSocket {@code /ws/term}:
 * binary frames are keys in and the screen out, a text frame {@code {"type":"resize","cols":C,"rows":R}} resizes.
 * The socket's query gives the terminal's size and the page's language ({@code ?cols=C&rows=R&lang=ko}).
 */
final class LearnerRoutes {
    static final String COOKIE = "dt_session";
    /** Close codes the page knows: the session ended, join first, too many connections, another site. */
    static final int ENDED = 4000;
    static final int NOT_JOINED = 4401;
    static final int TOO_MANY = 4429;
    static final int FOREIGN = 4403;
    private static final Pattern NUMBER = Pattern.compile("\"(cols|rows)\"\\s*:\\s*(\\d{1,4})");

    private final ServerSettings settings;
    private final Learners learners;
    private final BrowserTutors sessions;
    private final BiFunction<Learner, Locale, ReplSettings> tutor;
    private final LearnerActivity activity;
    private final AddressLimit addresses;
    private final JoinRate joins;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    private record Connection(BrowserTutor session, String address, java.util.function.Consumer<byte[]> viewer,
                              Runnable onEnd) {
    }

    /** {@code tutor}: the settings of a learner's tutor, in the language of their page. */
    LearnerRoutes(ServerSettings settings, Learners learners, BrowserTutors sessions,
                  BiFunction<Learner, Locale, ReplSettings> tutor, LearnerActivity activity) {
        this.settings = settings;
        this.learners = learners;
        this.sessions = sessions;
        this.tutor = tutor;
        this.activity = activity;
        this.addresses = new AddressLimit(settings.socketsPerAddress());
        this.joins = new JoinRate(settings.joinsPerMinute());
    }

    void register(RoutesConfig routes) {
        routes.get("/learner/me", this::me);
        routes.post("/join", this::join);
        routes.ws("/ws/term", this::terminal);
    }

    private Optional<Learner> learner(String token) {
        return token == null ? Optional.empty() : learners.bySessionToken(token);
    }

    private void me(Context ctx) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("className", settings.className());
        me.put("needsCode", settings.classCode() != null);
        me.put("name", learner(ctx.cookie(COOKIE)).map(Learner::displayName).orElse(null));
        ctx.json(me);
    }

    /**
     * A new learner, unless the browser's cookie already names one of this class (a second click, another tab): that
     * learner again, not counted. Each attempt past the name counts against the address's {@link JoinRate}, a wrong
     * class code too (it is a guess); over it, 429 with {@code Retry-After}.
     */
    private void join(Context ctx) {
        // The form is read first, on every path: a body left unread makes Jetty close the connection after the
        // answer, and the browser's next request on it (kept alive) then fails.
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        Optional<Learner> already = learner(ctx.cookie(COOKIE)).filter(l -> l.className().equals(settings.className()));
        if (already.isPresent()) {
            ctx.json(Map.of("name", already.get().displayName()));
            return;
        }
        if (name.isEmpty()) {
            ctx.status(400).json(Map.of("error", "name"));
            return;
        }
        Optional<Duration> wait = joins.take(Peers.address(ctx));
        if (wait.isPresent()) {
            String seconds = Long.toString(Math.max(1, (wait.get().toMillis() + 999) / 1000));
            ctx.header("Retry-After", seconds).status(429).json(Map.of("error", "rate", "retryAfter", seconds,
                    "message", PageLanguage.of(ctx).get("join.tooFast", seconds)));
            return;
        }
        if (settings.classCode() != null && !RandomTokens.same(settings.classCode(),
                Optional.ofNullable(ctx.formParam("code")).orElse("").strip())) {
            ctx.status(403).json(Map.of("error", "code"));
            return;
        }
        if (learners.countInClass(settings.className()) >= settings.maxLearners()) {
            ctx.status(503).json(Map.of("error", "full"));
            return;
        }
        Learner learner;
        try {
            learner = learners.join(settings.className(), name);
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", "name"));
            return;
        }
        ctx.addHeader("Set-Cookie", Cookies.strict(COOKIE, learner.sessionToken()));
        ctx.json(Map.of("name", learner.displayName()));
    }

    private void terminal(WsConfig ws) {
        ws.onConnect(ctx -> {
            if (!sameOrigin(ctx.header("Origin"), ctx.header("Host"))) {
                ctx.closeSession(FOREIGN, "another site");
                return;
            }
            Optional<Learner> learner = learner(ctx.cookie(COOKIE));
            if (learner.isEmpty()) {
                ctx.closeSession(NOT_JOINED, "join first");
                return;
            }
            // A learner reading a lesson types nothing for minutes; pings keep proxies and Jetty from closing the socket.
            ctx.enableAutomaticPings(15, java.util.concurrent.TimeUnit.SECONDS);
            Locale locale = "ko".equals(ctx.queryParam("lang")) ? Locale.KOREAN : Locale.ENGLISH;
            String address = Peers.address(ctx);
            if (!addresses.acquire(address)) {
                ServeText text = new ServeText(locale);
                send(ctx, ("\r\n" + text.get("limit.addresses", String.valueOf(settings.socketsPerAddress())) + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                ctx.closeSession(TOO_MANY, "too many connections");
                return;
            }
            BrowserTutor session = sessions.open(learner.get().id(), () -> tutor.apply(learner.get(), locale),
                    size(ctx.queryParam("cols"), 80), size(ctx.queryParam("rows"), 24));
            activity.seen(learner.get().id());
            java.util.function.Consumer<byte[]> viewer = bytes -> send(ctx, bytes);
            Runnable onEnd = () -> ctx.closeSession(ENDED, "session ended");
            connections.put(ctx.sessionId(), new Connection(session, address, viewer, onEnd));
            session.attach(viewer);
            session.onEnd(onEnd);
        });
        ws.onBinaryMessage(ctx -> {
            Connection c = connections.get(ctx.sessionId());
            if (c != null) {
                ByteBuffer data = ctx.data();
                byte[] keys = new byte[data.remaining()];
                data.get(keys);
                c.session().type(keys);
                activity.seen(c.session().learnerId());
            }
        });
        ws.onMessage(ctx -> {
            Connection c = connections.get(ctx.sessionId());
            if (c == null) {
                return;
            }
            String message = ctx.message();
            if (message.startsWith("{\"type\"")) {
                control(c.session(), message);
            } else {
                c.session().type(message.getBytes(StandardCharsets.UTF_8));
            }
        });
        ws.onClose(ctx -> {
            Connection c = connections.remove(ctx.sessionId());
            if (c != null) {
                c.session().detach(c.viewer());
                c.session().removeEndListener(c.onEnd());
                addresses.release(c.address());
            }
        });
    }

    private static void control(BrowserTutor session, String message) {
        if (!message.contains("\"resize\"")) {
            return;
        }
        int cols = -1;
        int rows = -1;
        Matcher m = NUMBER.matcher(message);
        while (m.find()) {
            if (m.group(1).equals("cols")) {
                cols = Integer.parseInt(m.group(2));
            } else {
                rows = Integer.parseInt(m.group(2));
            }
        }
        session.resize(cols, rows);
    }

    private static int size(String given, int otherwise) {
        try {
            int n = given == null ? otherwise : Integer.parseInt(given);
            return n >= 2 && n <= 1000 ? n : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static void send(WsContext ctx, byte[] bytes) {
        if (ctx.session.isOpen()) {
            ctx.send(ByteBuffer.wrap(bytes));
        }
    }

    /** A page of this server, or a client that is no browser (it sends no Origin). */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true;
        }
        int scheme = origin.indexOf("://");
        return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
    }
}
