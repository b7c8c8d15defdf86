package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An awk run's data: variables (global, and the current function's locals), the record and its fields, the input
 * (operands in order, operand assignments among them, stdin when there are no files) and the output (standard
 * output, and files written through the shell's confined view).
 */
class AwkState {
    /** Loop iterations and records one awk run may take: a learner's endless loop ends instead of hanging the tutor. */
    static final long MAX_STEPS = 5_000_000;
    /** The most text one awk run writes. */
    static final long MAX_OUTPUT = 16L << 20;

    /** A function parameter bound to a caller's variable that is neither scalar nor array yet. */
    record Untyped(Map<String, Object> scope, String name) { }

    final Invocation call;
    final AwkDialect dialect;
    final AwkRegex regex;
    final Map<String, Object> globals = new HashMap<>();
    Map<String, Object> locals;
    private final List<String> operands;
    private int operandIndex;
    private boolean readFile;
    private AwkInput current;
    private AwkInput stdin;
    private final Map<String, AwkInput> readers = new HashMap<>();
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private final Map<String, Boolean> appending = new HashMap<>();
    final StringBuilder out = new StringBuilder();
    private long written;
    private long steps;
    private String record = "";
    private final List<AwkValue> fields = new ArrayList<>();

    AwkState(Invocation call, AwkDialect dialect, List<String> operands) {
        this.call = call;
        this.dialect = dialect;
        this.regex = new AwkRegex(dialect);
        this.operands = operands;
        for (String[] kv : new String[][] {{"FS", " "}, {"OFS", " "}, {"ORS", "\n"}, {"RS", "\n"}, {"SUBSEP", "\034"},
                {"CONVFMT", "%.6g"}, {"OFMT", "%.6g"}, {"FILENAME", ""}}) {
            globals.put(kv[0], AwkValue.string(kv[1]));
        }
        for (String name : List.of("NR", "FNR", "NF", "RSTART", "RLENGTH")) {
            globals.put(name, AwkValue.ZERO);
        }
        globals.put("RLENGTH", AwkValue.number(-1));
        Map<String, AwkValue> environ = new LinkedHashMap<>();
        call.shell().environment().forEach((k, v) -> environ.put(k, AwkValue.input(v)));
        call.env().forEach((k, v) -> environ.put(k, AwkValue.input(v)));
        globals.put("ENVIRON", environ);
        Map<String, AwkValue> argv = new LinkedHashMap<>();
        argv.put("0", AwkValue.string(dialect.program()));
        for (int i = 0; i < operands.size(); i++) {
            argv.put(Integer.toString(i + 1), AwkValue.input(operands.get(i)));
        }
        globals.put("ARGV", argv);
        globals.put("ARGC", AwkValue.number(operands.size() + 1));
    }

    String special(String name) {
        return scalar(name).str(dialect, "%.6g");
    }

    /** Counts one loop iteration or record against {@link #MAX_STEPS}. */
    void step() {
        if (++steps > MAX_STEPS) {
            throw new AwkError(call.shell().messages().format("awk.tooMuchWork", dialect.program(), MAX_STEPS), 2);
        }
    }

    AwkError refusal(String what) {
        return new AwkError(call.shell().messages().format("awk.pipeRefused", dialect.program(), what), 2);
    }

    /** A regex while the program runs: refused in mawk's run-time words or busybox's. */
    java.util.regex.Pattern pattern(String ere) {
        try {
            return regex.compile(ere);
        } catch (AwkRegex.Bad e) {
            if (dialect.busybox()) {
                throw e.busybox(dialect.program(), ere);
            }
            throw dialect.runtime(0, null, e.mawk(ere), special("FILENAME"), (long) scalar("FNR").num(),
                    (long) scalar("NR").num());
        }
    }

    // ---- variables

    private Map<String, Object> scopeOf(String name) {
        return locals != null && locals.containsKey(name) ? locals : globals;
    }

    Object slot(String name) {
        return scopeOf(name).get(name);
    }

    /** What a bare variable passes to a function parameter: its array, its value, or a binding for later. */
    Object argument(String name) {
        Object v = slot(name);
        if (v == null) {
            return new Untyped(scopeOf(name), name);
        }
        return v;
    }

    AwkValue scalar(String name) {
        return slot(name) instanceof AwkValue v ? v : AwkValue.UNINIT;
    }

    void setScalar(String name, AwkValue value) {
        scopeOf(name).put(name, value);
        if (name.equals("NF") && scopeOf(name) == globals) {
            setFieldCount((int) value.num());
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, AwkValue> array(String name) {
        Map<String, Object> scope = scopeOf(name);
        Object v = scope.get(name);
        if (v instanceof Map<?, ?> m) {
            return (Map<String, AwkValue>) m;
        }
        Map<String, AwkValue> created = new LinkedHashMap<>();
        if (v instanceof Untyped u) {
            if (u.scope().get(u.name()) instanceof Map<?, ?> m) {
                created = (Map<String, AwkValue>) m;
            } else {
                u.scope().put(u.name(), created);
            }
        }
        scope.put(name, created);
        return created;
    }

    // ---- the record and its fields

    String recordText() {
        return record;
    }

    void setRecord(String text) {
        record = text;
        fields.clear();
        String fs = special("FS");
        if (special("RS").isEmpty() && !fs.equals(" ")) {
            fs = fs.length() == 1 ? "[" + fs.replace("\\", "\\\\") + "\n]" : "(" + fs + ")|\n";
        }
        for (String f : split(text, fs)) {
            fields.add(AwkValue.input(f, dialect.busybox()));
        }
        globals.put("NF", AwkValue.number(fields.size()));
    }

    /** Splits text as FS (or split()'s separator) says: blanks for " ", one literal character, or a regex. */
    List<String> split(String text, String fs) {
        List<String> parts = new ArrayList<>();
        if (text.isEmpty()) {
            return parts;
        }
        if (fs.equals(" ")) {
            for (String p : text.strip().split("[ \\t\\n]+")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
            return parts;
        }
        if (fs.isEmpty()) {
            text.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
            return parts;
        }
        if (fs.length() == 1 && !fs.equals("\\")) {
            int start = 0;
            int at;
            while ((at = text.indexOf(fs.charAt(0), start)) >= 0) {
                parts.add(text.substring(start, at));
                start = at + 1;
            }
            parts.add(text.substring(start));
            return parts;
        }
        java.util.regex.Matcher m = pattern(fs).matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            parts.add(text.substring(start, m.start()));
            start = m.end();
        }
        parts.add(text.substring(start));
        return parts;
    }

    AwkValue field(int i) {
        if (i == 0) {
            return AwkValue.input(record, dialect.busybox());
        }
        return i <= fields.size() ? fields.get(i - 1) : AwkValue.UNINIT;
    }

    void setField(int i, AwkValue value) {
        if (i == 0) {
            setRecord(value.str(dialect, special("CONVFMT")));
            return;
        }
        while (fields.size() < i) {
            fields.add(AwkValue.EMPTY);
        }
        fields.set(i - 1, value);
        rebuild();
    }

    private void setFieldCount(int n) {
        while (fields.size() > Math.max(0, n)) {
            fields.remove(fields.size() - 1);
        }
        while (fields.size() < n) {
            fields.add(AwkValue.EMPTY);
        }
        rebuild();
    }

    private void rebuild() {
        StringBuilder r = new StringBuilder();
        String ofs = special("OFS");
        String convfmt = special("CONVFMT");
        for (int k = 0; k < fields.size(); k++) {
            r.append(k == 0 ? "" : ofs).append(fields.get(k).str(dialect, convfmt));
        }
        record = r.toString();
        globals.put("NF", AwkValue.number(fields.size()));
    }

    // ---- input

    private void count(String name) {
        globals.put(name, AwkValue.number(scalar(name).num() + 1));
    }

    /** The next record of the main input (NR and FNR counted), or null when every operand is read. */
    String nextMainRecord() {
        while (true) {
            if (current == null && !openNext()) {
                return null;
            }
            String r = current.next(special("RS"), this::pattern);
            if (r != null) {
                count("NR");
                count("FNR");
                return r;
            }
            current = null;
        }
    }

    void skipFile() {
        current = null;
    }

    private boolean openNext() {
        while (operandIndex < operands.size()) {
            String op = operands.get(operandIndex++);
            int eq = op.indexOf('=');
            if (eq > 0 && op.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                setScalar(op.substring(0, eq), AwkValue.input(Awk.unescape(op.substring(eq + 1))));
                continue;
            }
            if (op.isEmpty()) {
                continue;
            }
            readFile = true;
            globals.put("FILENAME", AwkValue.string(op));
            globals.put("FNR", AwkValue.ZERO);
            current = op.equals("-") ? stdin() : new AwkInput(read(op));
            return true;
        }
        if (!readFile) {
            readFile = true;
            globals.put("FILENAME", AwkValue.string("-"));
            current = stdin();
            return true;
        }
        return false;
    }

    private AwkInput stdin() {
        if (stdin == null) {
            try {
                stdin = new AwkInput(new String(call.in().readAllBytes(), StandardCharsets.UTF_8));
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                throw dialect.readDirectory();
            } catch (IOException e) {
                stdin = new AwkInput("");
            }
        }
        return stdin;
    }

    private String read(String operand) {
        try {
            return new String(Inputs.read(call, operand), StandardCharsets.UTF_8);
        } catch (io.dockertutor.sh.DirectoryReadException e) {
            throw dialect.readDirectory();
        } catch (IOException e) {
            throw dialect.cannotOpen(operand, e.getMessage());
        }
    }

    /** The next record of {@code getline < name}, or null at its end; throws IOException when it cannot be read. */
    String nextFrom(String name) throws IOException {
        AwkInput in = readers.get(name);
        if (in == null) {
            in = name.equals("-") || name.equals("/dev/stdin") ? stdin()
                    : new AwkInput(new String(Inputs.read(call, name), StandardCharsets.UTF_8));
            readers.put(name, in);
        }
        return in.next(special("RS"), this::pattern);
    }

    // ---- output

    /** Writes {@code text} to standard output or to the file {@code name} ({@code >} truncates once, {@code >>} appends). */
    void write(String name, String redirect, String text) {
        written += text.length();
        if (written > MAX_OUTPUT) {
            throw new AwkError(call.shell().messages().format("awk.tooMuchWork", dialect.program(), MAX_STEPS), 2);
        }
        if (name == null || name.equals("/dev/stdout") || name.equals("-")) {
            out.append(text);
            return;
        }
        if (name.equals("/dev/stderr")) {
            call.err().print(text);
            return;
        }
        files.computeIfAbsent(name, n -> {
            appending.put(n, ">>".equals(redirect));
            return new StringBuilder();
        }).append(text);
    }

    /** close(name): writes a file's text out, forgets an input; 0, or -1 when nothing of that name is open. */
    int close(String name) {
        boolean known = readers.remove(name) != null;
        StringBuilder text = files.remove(name);
        if (text != null) {
            flush(name, text);
            known = true;
        }
        return known ? 0 : -1;
    }

    void closeAll() {
        for (String name : new ArrayList<>(files.keySet())) {
            close(name);
        }
    }

    private void flush(String name, StringBuilder text) {
        try {
            java.nio.file.Path path = call.resolve(name);
            if (Boolean.TRUE.equals(appending.get(name))) {
                Files.writeString(path, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(path, text);
            }
        } catch (IOException | OutsideViewException e) {
            String reason = e instanceof OutsideViewException o ? call.reason(o) : Errors.describe((IOException) e);
            call.err().println(dialect.program() + ": " + name + ": " + reason);
        }
    }
}
