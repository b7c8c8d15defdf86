package io.dockertutor.sh;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What busybox ash and dash keep beside their variables: the {@code set} options ({@code -e}, {@code -u}, {@code -x},
 * {@code -f}), read-only names, traps, aliases, the file mode creation mask and the {@code local} variables a
 * function call gives back when it returns.
 */
public final class PosixState {
    final Set<Character> options = new HashSet<>();
    final Set<String> readOnly = new HashSet<>();
    final Map<String, String> traps = new LinkedHashMap<>();
    final Map<String, String> aliases = new LinkedHashMap<>();
    /** getopts' place inside a cluster of options ({@code -abc}) between calls. */
    int optionCharacter;
    private int umask = 022;
    private final Deque<Object[]> locals = new ArrayDeque<>();

    public boolean option(char letter) {
        return options.contains(letter);
    }

    /** The mask new files and directories get their modes through ({@code umask 077}: 0600 and 0700). */
    public int umask() {
        return umask;
    }

    void umask(int mask) {
        umask = mask & 0777;
    }

    /** The command {@code trap} set for {@code EXIT} (or {@code 0}), or null. */
    public String exitTrap() {
        return traps.get("EXIT");
    }

    /** Runs the EXIT trap, if any, once the script has ended; answers the script's {@code status}. */
    public static int runExitTrap(ShellSession shell, int status, java.io.InputStream in, java.io.OutputStream out,
                                  java.io.OutputStream err) {
        return PosixBuiltins.runExitTrap(shell, status, in, out, err);
    }

    /** Forgets the EXIT trap (it runs once). */
    void clearExitTrap() {
        traps.remove("EXIT");
    }

    int localsMark() {
        return locals.size();
    }

    /** {@code local NAME}: the value before, given back when the function returns. */
    void saveLocal(String name, String value) {
        locals.push(new Object[] {name, value});
    }

    void restoreLocals(ShellSession shell, int mark) {
        while (locals.size() > mark) {
            Object[] saved = locals.pop();
            if (saved[1] == null) {
                shell.unsetVariable((String) saved[0]);
            } else {
                shell.setVariable((String) saved[0], (String) saved[1]);
            }
        }
    }
}
