package io.dockertutor.cli.command;

/**
 * docker/cli's formatter.Ellipsis: shortens text to a display width, ending in {@code …}. East Asian wide
 * characters count two columns, as go-runewidth counts them.
 */
final class Ellipsis {
    private Ellipsis() {
    }

    static String of(String s, int maxWidth) {
        if (maxWidth <= 0) {
            return "";
        }
        int[] cps = s.codePoints().toArray();
        if (maxWidth == 1) {
            return cps.length == 0 ? "" : new String(cps, 0, 1);
        }
        int width = 0;
        int[] running = new int[cps.length];
        for (int i = 0; i < cps.length; i++) {
            width += DisplayWidth.of(cps[i]);
            running[i] = width;
        }
        if (width <= maxWidth) {
            return s;
        }
        for (int i = 0; i < cps.length - 1; i++) {
            if (running[i] <= maxWidth - 1 && running[i + 1] > maxWidth - 1) {
                return new String(cps, 0, i + 1) + "…";
            }
        }
        return s;
    }
}
