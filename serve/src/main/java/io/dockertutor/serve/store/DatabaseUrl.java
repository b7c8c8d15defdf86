package io.dockertutor.serve.store;

import java.nio.file.Path;

/**
 * Which database a {@code --db} URL names: SQLite (no URL: the file {@code serve/classroom.db} in the state
 * directory; or {@code jdbc:sqlite:FILE}) or PostgreSQL ({@code jdbc:postgresql://...}). Anything else is refused
 * before a driver sees it.
 *
 * @param kind  which of the two
 * @param jdbc  the URL the driver is given
 * @param shown the URL without user, password or parameters: what messages and the learner may see
 */
record DatabaseUrl(Kind kind, String jdbc, String shown) {
    enum Kind { SQLITE, POSTGRESQL }

    static DatabaseUrl of(String url, Path stateDirectory) {
        if (url == null || url.isBlank()) {
            Path file = stateDirectory.resolve("serve").resolve("classroom.db").toAbsolutePath();
            return new DatabaseUrl(Kind.SQLITE, "jdbc:sqlite:" + file, "sqlite:" + file.getFileName());
        }
        if (url.startsWith("jdbc:sqlite:") && url.length() > "jdbc:sqlite:".length()) {
            String file = url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "");
            return new DatabaseUrl(Kind.SQLITE, url, "sqlite:" + Path.of(file).getFileName());
        }
        if (url.startsWith("jdbc:postgresql://")) {
            String rest = url.substring("jdbc:postgresql://".length()).replaceFirst("[?#].*", "");
            // A user and password may stand before the host (user:secret@host); never show them.
            return new DatabaseUrl(Kind.POSTGRESQL, url, "postgresql://" + rest.substring(rest.indexOf('@') + 1));
        }
        throw new ClassDatabaseException("store.unsupportedUrl", null, url.replaceFirst("[?#].*", ""));
    }
}
