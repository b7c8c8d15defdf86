package io.dockertutor.cli.command;

import io.dockertutor.engine.MountSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's {@code opts.MountOpt}: one {@code --mount} value ({@code type=bind,source=/src,target=/dst,readonly}),
 * a CSV record of key=value fields. Errors are the texts pflag prints after {@code invalid argument ... for
 * "--mount" flag:}; what only the daemon checks (a bind without source, an unknown type) is left to it.
 */
final class MountOptions {
    private MountOptions() {
    }

    /** Parses one value; relative sources starting with {@code .} are made absolute against {@code cwd}. */
    static MountSpec parse(String value, Path cwd) throws OptionError {
        String type = "volume";
        String source = "";
        String target = "";
        boolean readOnly = false;
        String optionFamily = null;
        for (String field : csvFields(value)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            String val = eq < 0 ? "" : field.substring(eq + 1);
            if (eq < 0) {
                switch (key) {
                    case "readonly", "ro" -> readOnly = true;
                    case "volume-nocopy" -> optionFamily = family(optionFamily, "volume");
                    case "bind-nonrecursive" -> throw new OptionError("bind-nonrecursive is deprecated, use bind-recursive=disabled instead");
                    default -> throw new OptionError("invalid field '" + field + "' must be a key=value pair");
                }
                continue;
            }
            switch (key) {
                case "type" -> type = val.toLowerCase(Locale.ROOT);
                case "source", "src" -> source = !val.startsWith("/") && val.startsWith(".") ? cwd.resolve(val).normalize().toString() : val;
                case "target", "dst", "destination" -> target = val;
                case "readonly", "ro" -> readOnly = parseBool(key, val);
                case "consistency" -> { }
                case "bind-propagation", "bind-recursive", "bind-create-mountpoint" -> optionFamily = family(optionFamily, "bind");
                case "volume-nocopy", "volume-label", "volume-driver", "volume-opt", "volume-subpath" -> optionFamily = family(optionFamily, "volume");
                case "tmpfs-size", "tmpfs-mode", "tmpfs-options" -> optionFamily = family(optionFamily, "tmpfs");
                default -> throw new OptionError("unexpected key '" + key + "' in '" + field + "'");
            }
        }
        if (type.isEmpty()) {
            throw new OptionError("type is required");
        }
        if (target.isEmpty()) {
            throw new OptionError("target is required");
        }
        if (optionFamily != null && !optionFamily.equals(type)) {
            throw new OptionError("cannot mix '" + optionFamily + "-*' options with mount type '" + type + "'");
        }
        return new MountSpec(type, source, target, readOnly);
    }

    // The CLI checks the families in the order volume, bind, tmpfs; remembering the first one seen is close enough
    // for a learner's single mistake.
    private static String family(String seen, String now) {
        return seen == null ? now : seen;
    }

    private static boolean parseBool(String key, String val) throws OptionError {
        return switch (val) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw new OptionError("invalid value for " + key + ": " + val);
        };
    }

    /** Go's encoding/csv for one record: commas separate fields, double quotes may wrap one. */
    static List<String> csvFields(String value) throws OptionError {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
                fieldStart = true;
                continue;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == '"') {
                throw new OptionError("parse error on line 1, column " + (i + 1) + ": bare \" in non-quoted-field");
            } else {
                cur.append(c);
            }
            fieldStart = false;
        }
        if (quoted) {
            throw new OptionError("parse error on line 1, column " + (value.length() + 1) + ": extraneous or missing \" in quoted-field");
        }
        fields.add(cur.toString());
        return fields;
    }
}
