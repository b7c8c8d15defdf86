package io.dockertutor.sh;

import java.util.Collection;
import java.util.Comparator;

/**
 * Finds the known name nearest to a mistyped one: within one edit for up to three letters, two beyond (optimal string
 * alignment distance: a swap counts once). Among names as near, the one that needs fewer letters the learner did not
 * type wins: {@code copy} is {@code cp} with two letters too many, but {@code cmp} with an {@code m} it never had. A
 * name with no letter of the typed word, in order, is never suggested ({@code xy} is not {@code ls}).
 */
final class Suggestions {
    private Suggestions() {
    }

    private record Candidate(String name, int distance, int untyped) {
    }

    private static final Comparator<Candidate> NEAREST = Comparator.comparingInt(Candidate::distance)
            .thenComparingInt(Candidate::untyped).thenComparing(Candidate::name);

    static String nearest(String typed, Collection<String> names) {
        int limit = typed.length() <= 3 ? 1 : 2;
        Candidate best = null;
        for (String name : names) {
            int d = distance(typed, name);
            if (d > limit) {
                continue;
            }
            int common = commonSubsequence(typed, name);
            Candidate c = new Candidate(name, d, name.length() - common);
            if (common > 0 && (best == null || NEAREST.compare(c, best) < 0)) {
                best = c;
            }
        }
        return best == null ? null : best.name();
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The length of the longest common subsequence: the letters of {@code b} found in {@code a}, in order. */
    private static int commonSubsequence(String a, String b) {
        int[][] l = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                l[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
            }
        }
        return l[a.length()][b.length()];
    }
}
