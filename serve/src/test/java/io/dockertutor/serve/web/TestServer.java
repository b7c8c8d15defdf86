package io.dockertutor.serve.web;

import io.dockertutor.serve.store.ClassDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** A classroom server on a free port of the loopback address, its state (and SQLite database) in a test's directory. */
final class TestServer implements AutoCloseable {
    final WebServer server;
    final Path state;

    private TestServer(ServerSettings settings) {
        this.state = settings.stateDirectory();
        this.server = WebServer.start(settings, ClassDatabase.open(null, settings.stateDirectory()));
    }

    static ServerSettings settings(Path state) {
        return new ServerSettings("127.0.0.1", 0, "test class", null, null, state, Duration.ofMinutes(30),
                Locale.ENGLISH, 50, 8);
    }

    static TestServer start(Path state) {
        return new TestServer(settings(state));
    }

    static TestServer start(ServerSettings settings) {
        return new TestServer(settings);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    BrowserClient learner(String name) throws Exception {
        return BrowserClient.join(this, name, "en");
    }

    @Override
    public void close() {
        server.close();
    }
}
