package io.dockertutor.engine.sim.filter;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code filters} of one API call, read with the rules of moby's {@code filters.Args}: values of one key are
 * alternatives except for labels, where every value must hold; different keys must all hold. Each object kind's
 * filter class states which keys it accepts and how each one matches; this class only knows how a value matches.
 *
 * <pre>{@code
 * FilterArgs args = FilterArgs.validated(filters, Set.of("name", "label"));
 * boolean shown = args.match("name", network.name) && args.matchKeyValues("label", network.labels);
 * }</pre>
 */
public final class FilterArgs {
    private final Filters filters;

    private FilterArgs(Filters filters) {
        this.filters = filters;
    }

    /** The filters, or {@code invalid filter 'KEY'} for the first key the call does not accept. */
    public static FilterArgs validated(Filters filters, Set<String> accepted) {
        for (String key : filters.keys()) {
            if (!accepted.contains(key)) {
                throw EngineException.badRequest("invalid filter '" + key + "'");
            }
        }
        return new FilterArgs(filters);
    }

    public boolean contains(String key) {
        return filters.has(key);
    }

    public List<String> get(String key) {
        return filters.get(key);
    }

    /** No value, or one equal to {@code source}. */
    public boolean exactMatch(String key, String source) {
        List<String> values = get(key);
        return values.isEmpty() || values.contains(source);
    }

    /** No value, or one equal to {@code source} or found in it as a regular expression (a broken one matches nothing). */
    public boolean match(String key, String source) {
        if (exactMatch(key, source)) {
            return true;
        }
        return get(key).stream().anyMatch(v -> regexFinds(v, source));
    }

    /** No value, or one that is a prefix of {@code source}. */
    public boolean prefixMatch(String key, String source) {
        List<String> values = get(key);
        return values.isEmpty() || values.stream().anyMatch(source::startsWith);
    }

    static boolean regexFinds(String regex, String source) {
        try {
            return Pattern.compile(regex).matcher(source).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** No value, or every value ({@code KEY} or {@code KEY=VALUE}) holds in {@code labels}, as moby's MatchKVList. */
    public boolean matchKeyValues(String key, Map<String, String> labels) {
        List<String> values = get(key);
        if (values.isEmpty()) {
            return true;
        }
        for (String v : values) {
            int eq = v.indexOf('=');
            String k = eq < 0 ? v : v.substring(0, eq);
            if (!labels.containsKey(k) || (eq >= 0 && !v.substring(eq + 1).equals(labels.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** What every prune does with labels: all {@code label} values hold, and not all {@code label!} values do. */
    public boolean matchLabels(Map<String, String> labels) {
        if (!matchKeyValues("label", labels)) {
            return false;
        }
        return !contains("label!") || !matchKeyValues("label!", labels);
    }

    /** A boolean filter ({@code true}/{@code 1}, {@code false}/{@code 0}); absent gives the default, anything else fails. */
    public boolean bool(String key, boolean absent) {
        if (!contains(key)) {
            return absent;
        }
        List<String> values = get(key);
        boolean isFalse = values.contains("0") || values.contains("false");
        boolean isTrue = values.contains("1") || values.contains("true");
        if (isFalse == isTrue) {
            throw EngineException.badRequest("invalid filter '" + key + "=[" + String.join(" ", values) + "]'");
        }
        return isTrue;
    }

    /** The {@code until} of a prune: nothing created after it goes; one value at most. */
    public Optional<Instant> until(Instant now) {
        List<String> values = get("until");
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw EngineException.badRequest("more than one until filter specified");
        }
        return Optional.of(GoTimestamp.parse(values.get(0), now));
    }
}
