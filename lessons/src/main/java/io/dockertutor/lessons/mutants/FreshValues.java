package io.dockertutor.lessons.mutants;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh value in place of one a solution uses: a name, tag or path nobody uses ({@code web} becomes
 * {@code web-mutant}, {@code nginx:latest} becomes {@code nginx:mutant}), a port 10000 away. Each is still
 * well formed for what it stands for, so the variant fails the check because it does something else, not because
 * docker refuses to read it.
 */
final class FreshValues {
    static final String SUFFIX = "-mutant";
    private static final String TAG = "mutant";
    private static final Pattern PORT = Pattern.compile(":(\\d{1,5})(?=/|$)");

    private FreshValues() {
    }

    static String name(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) + SUFFIX + "/" : name + SUFFIX;
    }

    static String otherNumber(String digits) {
        int n = Integer.parseInt(digits);
        return String.valueOf(n <= 55535 ? n + 10000 : n - 10000);
    }

    static boolean number(String s) {
        return !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(Character::isDigit);
    }

    /** Another restart policy a learner mixes up with {@code policy}: always and unless-stopped, on-failure's count. */
    static List<String> restartPolicies(String policy) {
        return switch (policy) {
            case "always" -> List.of("unless-stopped");
            case "unless-stopped" -> List.of("always");
            case "on-failure" -> List.of("always");
            case "no" -> List.of("always");
            default -> policy.startsWith("on-failure:") && number(policy.substring(11))
                    ? List.of("on-failure", "on-failure:" + (Integer.parseInt(policy.substring(11)) + 1)) : List.of();
        };
    }

    /** An image reference with another tag ({@code nginx:latest} to {@code nginx:mutant}); none for a digest. */
    static Optional<String> tag(String ref) {
        if (ref.contains("@")) {
            return Optional.empty();
        }
        int colon = ref.lastIndexOf(':');
        String repo = colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
        String tag = colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : "latest";
        return Optional.of(repo + ":" + (tag.equals(TAG) ? TAG + "2" : TAG));
    }

    /** The word without its port ({@code 127.0.0.1:8080} to {@code 127.0.0.1}); empty without one or when it is 80. */
    static Optional<String> withoutPort(String word) {
        Matcher m = PORT.matcher(word);
        if (!m.find() || m.group(1).equals("80")) {
            return Optional.empty();
        }
        return Optional.of(word.substring(0, m.start(1) - 1) + word.substring(m.end(1)));
    }

    /** The word with its port ({@code 127.0.0.1:8080}, {@code http://localhost:8080/x}) changed; empty without one. */
    static Optional<String> portIn(String word) {
        Matcher m = PORT.matcher(word);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(word.substring(0, m.start(1)) + otherNumber(m.group(1)) + word.substring(m.end(1)));
    }

    /**
     * Variants of a {@code --filter} value: another number ({@code stars=100}), the other truth value
     * ({@code is-official=true}), another name for filters that match names, ids, labels or images, running for
     * {@code status=exited} and exited for running; none for other filters whose values are a fixed set.
     */
    static List<String> filter(String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            return List.of();
        }
        String key = value.substring(0, eq + 1);
        String v = value.substring(eq + 1);
        if (number(v)) {
            return List.of(key + otherNumber(v));
        }
        if (v.equals("true") || v.equals("false")) {
            return List.of(key + (v.equals("true") ? "false" : "true"));
        }
        return switch (value.substring(0, eq)) {
            case "ancestor", "reference", "before", "since" -> tag(v).map(t -> List.of(key + t)).orElse(List.of());
            case "name", "label", "id", "volume", "network" -> List.of(key + name(v));
            case "status" -> List.of(key + (v.equals("running") ? "exited" : "running"));
            default -> List.of();
        };
    }
}
