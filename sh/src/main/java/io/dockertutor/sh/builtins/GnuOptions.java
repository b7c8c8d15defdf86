package io.dockertutor.sh.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * getopt_long as coreutils uses it: clustered short flags, options with a value ({@code -n 5}, {@code -n5},
 * {@code --lines=5}), {@code --} ending options, and operands mixed with options unless {@code permute} is off.
 */
final class GnuOptions {
    /** A usage error: {@link #getMessage()} is the first line, e.g. {@code invalid option -- 'z'}. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<Character, List<String>> values = new LinkedHashMap<>();
    private final List<Map.Entry<Character, String>> inOrder = new ArrayList<>();
    private final List<String> operands = new ArrayList<>();

    private GnuOptions() {
    }

    /**
     * @param flags    short options without a value, e.g. "alR1"
     * @param valued   short options taking a value, e.g. "n"
     * @param longs    long names to their short letter; a name ending in '=' takes a value
     */
    static GnuOptions parse(List<String> args, String flags, String valued, Map<String, Character> longs,
                            boolean permute) throws UsageException {
        GnuOptions o = new GnuOptions();
        Map<String, Character> longNames = new HashMap<>(longs);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                o.operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
                Character withValue = longNames.get(name + "=");
                Character plain = longNames.get(name);
                if (withValue != null) {
                    String v;
                    if (eq >= 0) {
                        v = a.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        v = args.get(++i);
                    } else {
                        throw new UsageException("option '--" + name + "' requires an argument");
                    }
                    o.add(withValue, v);
                } else if (plain != null && eq < 0) {
                    o.add(plain, "");
                } else if (plain != null) {
                    throw new UsageException("option '--" + name + "' doesn't allow an argument");
                } else {
                    throw new UsageException("unrecognized option '" + a + "'");
                }
                continue;
            }
            if (a.startsWith("-") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    char c = a.charAt(j);
                    if (valued.indexOf(c) >= 0) {
                        String v;
                        if (j + 1 < a.length()) {
                            v = a.substring(j + 1);
                        } else if (i + 1 < args.size()) {
                            v = args.get(++i);
                        } else {
                            throw new UsageException("option requires an argument -- '" + c + "'");
                        }
                        o.add(c, v);
                        break;
                    }
                    if (flags.indexOf(c) < 0) {
                        throw new UsageException("invalid option -- '" + c + "'");
                    }
                    o.add(c, "");
                }
                continue;
            }
            if (!permute) {
                o.operands.addAll(args.subList(i, args.size()));
                break;
            }
            o.operands.add(a);
        }
        return o;
    }

    private void add(char c, String v) {
        values.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
        inOrder.add(Map.entry(c, v));
    }

    /** Every option given, in command-line order (for tools that complain about the first conflict). */
    List<Map.Entry<Character, String>> inOrder() {
        return inOrder;
    }

    boolean has(char c) {
        return values.containsKey(c);
    }

    /** The last value given for an option, or {@code fallback}. */
    String value(char c, String fallback) {
        List<String> v = values.get(c);
        return v == null ? fallback : v.get(v.size() - 1);
    }

    List<String> values(char c) {
        return values.getOrDefault(c, List.of());
    }

    List<String> operands() {
        return operands;
    }
}
