package io.dockertutor.cli.command;

import io.dockertutor.gotext.GoUrl;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The client's words when the body it streams to the daemon cannot be read, a directory given as the file or as the
 * standard input ({@code docker load < DIR}, {@code docker import DIR}, {@code docker cp - c:/p < DIR}): the read
 * fails inside Go's HTTP client, which fails the request as an error "during connect" naming its URL. Recorded with
 * CLI 28.2.2: {@code error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/images/load?quiet=1": read
 * /dev/stdin: is a directory} (the version is the API the client negotiated).
 */
final class RequestBodyError {
    private RequestBodyError() {
    }

    /**
     * {@code method} as HTTP has it ({@code POST}), {@code path} after the version, {@code query} its parameters (Go
     * sorts them by name), {@code source} the file the client read ({@code /dev/stdin} for {@code -}).
     */
    static String directory(CliContext ctx, String method, String path, Map<String, List<String>> query, String source) {
        StringJoiner q = new StringJoiner("&");
        new TreeMap<>(query).forEach((name, values) -> values.forEach(v -> q.add(GoUrl.queryEscape(name) + "="
                + GoUrl.queryEscape(v))));
        String op = method.charAt(0) + method.substring(1).toLowerCase(java.util.Locale.ROOT);
        return "error during connect: " + op + " \"http://%2Fvar%2Frun%2Fdocker.sock/v" + DockerCli.negotiatedApi(ctx)
                + path + (q.length() == 0 ? "" : "?" + q) + "\": read " + source + ": is a directory";
    }
}
