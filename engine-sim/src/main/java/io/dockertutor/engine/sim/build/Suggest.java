package io.dockertutor.engine.sim.build;

import java.util.List;
import java.util.Locale;

/** BuildKit's {@code util/suggest}: the closest option within a Levenshtein distance of 2, in the case it was typed. */
final class Suggest {
    private Suggest() {
    }

    static String closest(String typed, List<String> options) {
        String val = typed.toLowerCase(Locale.ROOT);
        String match = null;
        int min = 3;
        for (String option : options) {
            String opt = option.toLowerCase(Locale.ROOT);
            if (opt.equals(val)) {
                return null;
            }
            int d = distance(val, opt);
            if (d < min) {
                min = d;
                match = opt;
            }
        }
        if (match == null) {
            return null;
        }
        if (typed.equals(typed.toLowerCase(Locale.ROOT))) {
            return match;
        }
        return typed.equals(typed.toUpperCase(Locale.ROOT)) ? match.toUpperCase(Locale.ROOT) : match;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
