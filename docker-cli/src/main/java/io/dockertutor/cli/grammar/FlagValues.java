package io.dockertutor.cli.grammar;

import java.util.Optional;

/** Checks flag values the way pflag converts them, answering Go's error texts for values it refuses. */
final class FlagValues {
    private FlagValues() {
    }

    static boolean parseBool(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            default -> false;
        };
    }

    /**
     * The error the flag's own {@code Set} answers for {@code value}, or empty when the value is fine: the type's
     * converter, and for lists the validator docker/cli gives that flag.
     */
    static Optional<String> check(OptionDef opt, String value) {
        return switch (opt.type()) {
            case "bytes" -> opt.storedAs().equals("memory-swap") && value.equals("-1") ? Optional.empty() : FlagConverters.size(value);
            case "decimal" -> FlagConverters.cpus(value);
            case "duration" -> FlagConverters.duration(value);
            case "ulimit" -> FlagConverters.ulimit(value);
            case "gpu-request" -> ListValidators.gpus(value);
            case "list", "map" -> ListValidators.check(opt.storedAs(), value);
            default -> check(opt.type(), value);
        };
    }

    /** The Go conversion error for {@code value} of {@code type}, or empty when the value is fine. */
    static Optional<String> check(String type, String value) {
        switch (type) {
            case "bool":
                return switch (value) {
                    case "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False" -> Optional.empty();
                    default -> Optional.of("strconv.ParseBool: parsing " + quote(value) + ": invalid syntax");
                };
            case "int", "int64":
                return integer(value, "ParseInt", Long.MIN_VALUE, Long.MAX_VALUE, type.equals("int") ? 64 : 64);
            case "uint", "uint64":
                return integer(value, "ParseUint", 0, Long.MAX_VALUE, 64);
            case "uint16":
                return integer(value, "ParseUint", 0, 65535, 16);
            case "filter":
                return value.contains("=") ? Optional.empty() : Optional.of("bad format of filter (expected name=value)");
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> integer(String value, String fn, long min, long max, int bits) {
        String digits = fn.equals("ParseUint") ? value : value.replaceFirst("^[+-]", "");
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.of("strconv." + fn + ": parsing " + quote(value) + ": invalid syntax");
        }
        try {
            long v = Long.parseLong(value);
            if (v < min || v > max) {
                return Optional.of("strconv." + fn + ": parsing " + quote(value) + ": value out of range");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("strconv." + fn + ": parsing " + quote(value) + ": value out of range");
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
