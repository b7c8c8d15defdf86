package io.dockertutor.cli.grammar;

import java.util.List;
import java.util.Map;

/**
 * A docker command line after parsing: the command, the values of the flags given (by long name, in order),
 * the positional arguments, and the warnings pflag prints on standard error (a deprecated flag used).
 */
public record ParsedCommand(CommandDef command, Map<String, List<String>> flags, List<String> args, boolean help,
                            List<String> warnings) {

    public ParsedCommand(CommandDef command, Map<String, List<String>> flags, List<String> args, boolean help) {
        this(command, flags, args, help, List.of());
    }

    public boolean has(String flag) {
        return flags.containsKey(flag);
    }

    /** A boolean flag: true when given without value or with a true value. */
    public boolean bool(String flag) {
        List<String> v = flags.get(flag);
        return v != null && FlagValues.parseBool(v.get(v.size() - 1));
    }

    /** The last value given for a flag, or {@code fallback}. */
    public String string(String flag, String fallback) {
        List<String> v = flags.get(flag);
        return v == null ? fallback : v.get(v.size() - 1);
    }

    /** Every value given for a repeatable flag, in order. */
    public List<String> list(String flag) {
        return flags.getOrDefault(flag, List.of());
    }

    public int integer(String flag, int fallback) {
        List<String> v = flags.get(flag);
        return v == null ? fallback : (int) Long.parseLong(v.get(v.size() - 1));
    }
}
