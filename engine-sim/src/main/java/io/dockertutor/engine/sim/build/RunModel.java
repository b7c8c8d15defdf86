package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a RUN step that installs, downloads or compiles does to the stage's files, modelled command by command:
 * package managers, compilers and downloads (sizes from {@link SizeTable}), and the file commands tutorials put
 * around them (rm, mkdir, touch, echo into a file, cp, mv, cd, adduser). Lists run with {@code &&}, {@code ||} and
 * {@code ;}. Other programs that exist in the image run without changing files; missing ones fail as the image's
 * shell reports it. Every other RUN step runs in the image's own shell ({@link ShellRunStep}).
 */
final class RunModel {
    /** How the command ended. */
    record Result(int exitCode, List<String> output) {
    }

    private final SizeTable sizes;

    RunModel(SizeTable sizes) {
        this.sizes = sizes;
    }

    Result run(String script, RunWorkspace ws) {
        int status = 0;
        String pendingOp = null;
        for (String[] part : split(script)) {
            String op = pendingOp;
            pendingOp = part[1];
            if (("&&".equals(op) && status != 0) || ("||".equals(op) && status == 0)) {
                continue;
            }
            status = simple(part[0].strip(), ws);
        }
        return new Result(status, ws.output);
    }

    /** Splits on {@code &&}, {@code ||}, {@code ;} and {@code |} outside quotes: [command, operator after it]. */
    static List<String[]> split(String script) {
        List<String[]> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                cur.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if ((c == '&' || c == '|') && i + 1 < script.length() && script.charAt(i + 1) == c) {
                out.add(new String[] {cur.toString(), "" + c + c});
                cur.setLength(0);
                i++;
            } else if (c == ';' || c == '|' || c == '\n') {
                out.add(new String[] {cur.toString(), String.valueOf(c)});
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(new String[] {cur.toString(), null});
        return out;
    }

    private int simple(String command, RunWorkspace ws) {
        if (command.isEmpty()) {
            return 0;
        }
        ShellLex lex = new ShellLex('\\');
        List<String> words = new ArrayList<>();
        String redirect = null;
        boolean append = false;
        List<String> raw = KeyValues.words(command);
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            if ((w.equals(">") || w.equals(">>")) && i + 1 < raw.size()) {
                append = w.equals(">>");
                redirect = lex.process(raw.get(++i), ws.stage.env);
            } else if (w.startsWith(">>") || (w.startsWith(">") && w.length() > 1)) {
                append = w.startsWith(">>");
                redirect = lex.process(w.substring(append ? 2 : 1), ws.stage.env);
            } else if (!w.matches("\\d?>&\\d") && !w.equals("2>/dev/null")) {
                words.add(lex.process(w, ws.stage.env));
            }
        }
        while (!words.isEmpty() && words.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return 0;
        }
        String cmd = words.get(0);
        List<String> args = words.subList(1, words.size());
        switch (cmd) {
            case "exit":
                return args.isEmpty() ? 0 : parseInt(args.get(0));
            case "true", ":", "set", "export", "source", ".":
                return 0;
            case "false":
                return 1;
            case "cd":
                ws.cwd = ws.absolute(args.isEmpty() ? "/root" : args.get(0));
                return 0;
            case "echo", "printf":
                String text = String.join(" ", args.stream().filter(a -> !a.equals("-e") && !a.equals("-n")).toList());
                if (redirect != null) {
                    String path = ws.absolute(redirect);
                    String before = append ? FileTree.lookup(ws.files, path).map(FileSpec::content).orElse("") : "";
                    String content = before + text + (cmd.equals("echo") ? "\n" : "");
                    ws.write(path, FileSpec.file(content, 0644), content.length());
                } else {
                    ws.output.add(text);
                }
                return 0;
            default:
                break;
        }
        if (!present(cmd, ws)) {
            boolean busybox = ws.files.containsKey("/etc/alpine-release");
            ws.output.add(busybox ? "/bin/sh: " + cmd + ": not found" : "/bin/sh: 1: " + cmd + ": not found");
            return 127;
        }
        return new RunStepFileCommands(sizes).run(cmd, args, ws);
    }

    private static boolean present(String cmd, RunWorkspace ws) {
        if (cmd.contains("/")) {
            return FileTree.lookup(ws.files, ws.absolute(cmd)).isPresent();
        }
        String path = ws.env("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        // Images whose catalog entry lists no executables at all are taken at their word for common tools.
        return FileTree.findExecutable(ws.files, cmd, path).isPresent() || !hasAnyExecutable(ws.files);
    }

    private static boolean hasAnyExecutable(Map<String, FileSpec> files) {
        return files.values().stream().anyMatch(FileSpec::executable);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s) & 0xff;
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
