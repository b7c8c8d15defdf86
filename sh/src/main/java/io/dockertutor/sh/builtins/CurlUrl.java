package io.dockertutor.sh.builtins;

/** A URL as curl reads it: scheme optional (http), default port 80 (443 for https), path "/" when absent. */
record CurlUrl(String scheme, String host, int port, String path) {
    /** A URL curl rejects; {@code code} is its exit status. */
    static final class Bad extends Exception {
        final int code;

        Bad(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    static CurlUrl parse(String typed) throws Bad {
        String rest = typed;
        String scheme = "http";
        int sep = rest.indexOf("://");
        if (sep >= 0) {
            scheme = rest.substring(0, sep).toLowerCase();
            rest = rest.substring(sep + 3);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new Bad(1, "Protocol \"" + scheme + "\" not supported or disabled in libcurl");
            }
        }
        int slash = indexOfAny(rest, "/?#");
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        if (path.startsWith("?")) {
            path = "/" + path;
        }
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        int at = hostPort.lastIndexOf('@');
        if (at >= 0) {
            hostPort = hostPort.substring(at + 1);
        }
        int port = scheme.equals("https") ? 443 : 80;
        String host = hostPort;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            String p = hostPort.substring(colon + 1);
            if (!p.isEmpty()) {
                try {
                    port = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    throw new Bad(3, "URL using bad/illegal format or missing URL");
                }
                if (port < 0 || port > 65535) {
                    throw new Bad(3, "URL using bad/illegal format or missing URL");
                }
            }
        }
        if (host.isEmpty()) {
            throw new Bad(3, "URL using bad/illegal format or missing URL");
        }
        return new CurlUrl(scheme, host.toLowerCase(), port, path);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where a {@code Location} header leads from here. */
    CurlUrl follow(String location) throws Bad {
        if (location.contains("://")) {
            return parse(location);
        }
        if (location.startsWith("/")) {
            return new CurlUrl(scheme, host, port, location);
        }
        String base = path.substring(0, path.lastIndexOf('/') + 1);
        return new CurlUrl(scheme, host, port, base + location);
    }

    /** curl's %{url_effective}: scheme, host, the port only when not the default, and the path. */
    String effective() {
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }
}
