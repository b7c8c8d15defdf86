package io.dockertutor.sh.builtins;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** curl's command line: clustered short flags ({@code -sSfL}), valued options, URLs anywhere. */
final class CurlOptions {
    /** A bad command line; the message follows {@code curl: }. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    boolean silent;
    boolean showError;
    boolean include;
    boolean head;
    boolean fail;
    boolean follow;
    boolean verbose;
    String method;
    String output;
    String writeOut;
    String maxTime;
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    final List<String> urls = new ArrayList<>();

    private static final String VALUED = "oXHwdmAeu";

    static CurlOptions parse(List<String> args) throws Invalid {
        CurlOptions o = new CurlOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                Character shortName = longName(name);
                if (shortName == null) {
                    if (List.of("compressed", "no-progress-meter", "http1.1", "insecure").contains(name)) {
                        if (name.equals("no-progress-meter")) {
                            o.silent = true;
                            o.showError = true;
                        }
                        continue;
                    }
                    if (name.equals("url") && i + 1 < args.size()) {
                        o.urls.add(args.get(++i));
                        continue;
                    }
                    if (name.equals("max-time") || name.equals("connect-timeout")) {
                        if (i + 1 >= args.size()) {
                            throw new Invalid("option " + a + ": requires parameter");
                        }
                        o.maxTime = args.get(++i);
                        continue;
                    }
                    throw new Invalid("option " + a + ": is unknown");
                }
                if (VALUED.indexOf(shortName) >= 0) {
                    if (i + 1 >= args.size()) {
                        throw new Invalid("option " + a + ": requires parameter");
                    }
                    o.set(shortName, args.get(++i));
                } else {
                    o.set(shortName, null);
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    if (VALUED.indexOf(c) >= 0) {
                        String v = j + 1 < a.length() ? a.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : null;
                        if (v == null) {
                            throw new Invalid("option -" + c + ": requires parameter");
                        }
                        o.set(c, v);
                        break;
                    }
                    if ("sSiIfLvkg#".indexOf(c) < 0) {
                        throw new Invalid("option -" + a.substring(j) + ": is unknown");
                    }
                    o.set(c, null);
                }
            } else {
                o.urls.add(a);
            }
        }
        return o;
    }

    private static Character longName(String name) {
        return switch (name) {
            case "silent" -> 's';
            case "show-error" -> 'S';
            case "include" -> 'i';
            case "head" -> 'I';
            case "fail" -> 'f';
            case "location" -> 'L';
            case "verbose" -> 'v';
            case "request" -> 'X';
            case "header" -> 'H';
            case "output" -> 'o';
            case "write-out" -> 'w';
            case "data", "data-raw", "data-binary" -> 'd';
            case "user-agent" -> 'A';
            default -> null;
        };
    }

    private void set(char c, String v) {
        switch (c) {
            case 's' -> silent = true;
            case 'S' -> showError = true;
            case 'i' -> include = true;
            case 'I' -> head = true;
            case 'f' -> fail = true;
            case 'L' -> follow = true;
            case 'v' -> verbose = true;
            case 'X' -> method = v;
            case 'o' -> output = v;
            case 'w' -> writeOut = v;
            case 'm' -> maxTime = v;
            case 'd' -> method = method == null ? "POST" : method;
            case 'A' -> headers.add(new AbstractMap.SimpleEntry<>("User-Agent", v));
            case 'H' -> {
                int colon = v.indexOf(':');
                if (colon > 0) {
                    headers.add(new AbstractMap.SimpleEntry<>(v.substring(0, colon).strip(), v.substring(colon + 1).strip()));
                }
            }
            default -> {
                // -k, -g, -#: accepted, no effect on plain HTTP
            }
        }
    }
}
