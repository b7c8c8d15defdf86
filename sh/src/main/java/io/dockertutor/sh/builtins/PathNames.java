package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import java.util.List;
import java.util.Map;

/** {@code basename} and {@code dirname}: string operations on names, as coreutils does them (no file is read). */
final class PathNames {
    private PathNames() {
    }

    static int basename(Invocation call) {
        GnuOptions o;
        try {
            // basename.c's optstring starts with '+': options end at the first name, "-a" after it is a name
            o = GnuOptions.parse(call.args(), "az", "s", Map.of("multiple", 'a', "suffix=", 's', "zero", 'z'), false);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        List<String> names = o.operands();
        boolean multiple = o.has('a') || o.has('s');
        if (names.isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        if (!multiple && names.size() > 2) {
            return Usage.fail(call, "extra operand " + Quoting.locale(names.get(2)), 1);
        }
        String end = o.has('z') ? "\0" : "\n";
        if (multiple) {
            String suffix = o.value('s', null);
            for (String name : names) {
                call.out().print(base(name, suffix) + end);
            }
        } else {
            call.out().print(base(names.get(0), names.size() == 2 ? names.get(1) : null) + end);
        }
        return 0;
    }

    static int dirname(Invocation call) {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "z", "", Map.of("zero", 'z'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        if (o.operands().isEmpty()) {
            return Usage.fail(call, "missing operand", 1);
        }
        if (o.operands().size() > 1 && call.shell().userland() == io.dockertutor.sh.Userland.BUSYBOX) {
            return BusyboxUsage.show(call); // busybox's dirname takes one name
        }
        for (String name : o.operands()) {
            call.out().print(dir(name) + (o.has('z') ? "\0" : "\n"));
        }
        return 0;
    }

    /** The last component without trailing slashes; "/" for a name of slashes; the suffix cut if it is a proper one. */
    static String base(String name, String suffix) {
        String s = stripTrailingSlashes(name);
        if (s.equals("/")) {
            return s;
        }
        s = s.substring(s.lastIndexOf('/') + 1);
        if (suffix != null && s.length() > suffix.length() && s.endsWith(suffix)) {
            s = s.substring(0, s.length() - suffix.length());
        }
        return s;
    }

    /** Everything before the last component, trailing slashes removed; "." when nothing, "/" at the root. */
    static String dir(String name) {
        String s = stripTrailingSlashes(name);
        int slash = s.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        String d = stripTrailingSlashes(s.substring(0, slash + 1));
        return d.isEmpty() ? "/" : d;
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }
}
