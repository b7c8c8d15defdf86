package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * busybox wget's options, parsed as its getopt32 string {@code cqSO:o:P:Y:U:T:+t:n::} and long options do: short
 * options cluster ({@code -qO-}), an option's value may follow in the same word or the next; options and URLs mix.
 */
final class WgetOptions {
    boolean quiet;
    boolean serverResponse;
    boolean spider;
    String output;
    String prefix;
    String userAgent = "Wget";
    final List<String> urls = new ArrayList<>();

    /** A usage error: busybox prints the message (if any) and its usage text, status 1. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static WgetOptions parse(List<String> args) throws Invalid {
        WgetOptions o = new WgetOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                o.urls.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
                String value = eq < 0 ? null : a.substring(eq + 1);
                boolean takesValue = List.of("output-document", "output-file", "directory-prefix", "proxy", "user-agent",
                        "timeout", "tries", "header", "post-data", "post-file").contains(name);
                boolean flag = List.of("continue", "quiet", "server-response", "spider", "no-check-certificate",
                        "passive-ftp", "no-cache", "no-verbose", "no-clobber", "no-host-directories", "no-parent").contains(name);
                if (!takesValue && !flag) {
                    throw new Invalid("unrecognized option '" + a + "'");
                }
                if (takesValue && value == null) {
                    if (i + 1 >= args.size()) {
                        throw new Invalid("option '--" + name + "' requires an argument");
                    }
                    value = args.get(++i);
                }
                switch (name) {
                    case "quiet" -> o.quiet = true;
                    case "server-response" -> o.serverResponse = true;
                    case "spider" -> o.spider = true;
                    case "output-document" -> o.output = value;
                    case "directory-prefix" -> o.prefix = value;
                    case "user-agent" -> o.userAgent = value;
                    default -> { }
                }
                continue;
            }
            if (a.startsWith("-") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    switch (c) {
                        case 'c' -> { }
                        case 'q' -> o.quiet = true;
                        case 'S' -> o.serverResponse = true;
                        case 'n' -> j = a.length(); // -nv, -nc, -nH, -np: ignored with their letter
                        case 'O', 'o', 'P', 'Y', 'U', 'T', 't' -> {
                            String value;
                            if (j + 1 < a.length()) {
                                value = a.substring(j + 1);
                            } else if (i + 1 < args.size()) {
                                value = args.get(++i);
                            } else {
                                throw new Invalid("option requires an argument -- '" + c + "'");
                            }
                            if (c == 'O') {
                                o.output = value;
                            } else if (c == 'P') {
                                o.prefix = value;
                            } else if (c == 'U') {
                                o.userAgent = value;
                            } else if (c == 'T' && !value.matches("[0-9]+")) {
                                throw new Invalid("invalid number '" + value + "'");
                            }
                            j = a.length();
                        }
                        default -> throw new Invalid("invalid option -- '" + c + "'");
                    }
                }
                continue;
            }
            o.urls.add(a);
        }
        if (o.urls.isEmpty()) {
            throw new Invalid(null);
        }
        return o;
    }
}
