package io.dockertutor.cli.command;

/**
 * fvbommel/sortorder's {@code NaturalLess}, which docker port uses: runs of digits compare by value, everything
 * else byte by byte ({@code 9/tcp} before {@code 80/tcp}).
 */
final class NaturalOrder {
    private NaturalOrder() {
    }

    static int less(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            boolean da = Character.isDigit(ca);
            boolean db = Character.isDigit(cb);
            if (da && db) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                if (na.length() != nb.length()) {
                    return na.length() - nb.length();
                }
                int c = na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                continue;
            }
            if (ca != cb) {
                return ca - cb;
            }
            i++;
            j++;
        }
        return (a.length() - i) - (b.length() - j);
    }
}
