package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The file commands of a RUN step (rm, mkdir, touch, cp, mv, ln, chmod, adduser ...); the rest goes to {@link PackageCommands}. */
final class RunStepFileCommands {
    private final SizeTable sizes;

    RunStepFileCommands(SizeTable sizes) {
        this.sizes = sizes;
    }

    int run(String cmd, List<String> args, RunWorkspace ws) {
        List<String> operands = args.stream().filter(a -> !a.startsWith("-") || a.equals("-")).toList();
        switch (cmd) {
            case "rm":
                boolean force = args.stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
                for (String p : operands) {
                    if (!ws.remove(ws.absolute(p)) && !force && !p.contains("*")) {
                        ws.output.add("rm: can't remove '" + p + "': No such file or directory");
                        return 1;
                    }
                }
                return 0;
            case "mkdir":
                operands.forEach(p -> ws.mkdirs(ws.absolute(p)));
                return 0;
            case "touch":
                for (String p : operands) {
                    String path = ws.absolute(p);
                    FileSpec old = ws.files.get(path);
                    ws.write(path, old != null ? old : FileSpec.file("", 0644), ws.sizes.getOrDefault(path, 0L));
                }
                return 0;
            case "cp", "mv":
                if (operands.size() < 2) {
                    return 1;
                }
                String dest = ws.absolute(operands.get(operands.size() - 1));
                for (String src : operands.subList(0, operands.size() - 1)) {
                    String from = ws.absolute(src);
                    Optional<FileSpec> spec = FileTree.lookup(ws.files, from);
                    if (spec.isEmpty()) {
                        ws.output.add(cmd + ": can't stat '" + src + "': No such file or directory");
                        return 1;
                    }
                    boolean intoDir = ws.files.containsKey(dest) && ws.files.get(dest).kind() == FileSpec.Kind.DIRECTORY;
                    String to = intoDir ? dest + "/" + from.substring(from.lastIndexOf('/') + 1) : dest;
                    long size = ws.sizes.getOrDefault(from, (long) spec.get().content().length());
                    if (cmd.equals("mv")) {
                        ws.remove(from);
                    }
                    ws.write(to, spec.get(), size);
                }
                return 0;
            case "ln":
                if (operands.size() == 2) {
                    ws.write(ws.absolute(operands.get(1)), FileSpec.symlink(operands.get(0)), 0);
                }
                return 0;
            case "chmod", "chown", "chgrp":
                // Changing metadata copies the file up into this layer, so it counts again.
                for (String p : operands.subList(Math.min(1, operands.size()), operands.size())) {
                    String path = ws.absolute(p);
                    FileSpec spec = ws.files.get(path);
                    if (spec != null) {
                        ws.write(path, spec, ws.sizes.getOrDefault(path, (long) spec.content().length()));
                    }
                }
                return 0;
            case "adduser", "useradd":
                return addAccount(ws, "/etc/passwd", operands, ":x:1000:1000:Linux User,,,:/home/%s:/bin/sh");
            case "addgroup", "groupadd":
                return addAccount(ws, "/etc/group", operands, ":x:1000:");
            default:
                return new PackageCommands(sizes).run(cmd, args, ws);
        }
    }

    private static int addAccount(RunWorkspace ws, String file, List<String> operands, String rest) {
        if (operands.isEmpty()) {
            return 1;
        }
        String name = operands.get(operands.size() - 1);
        String before = Optional.ofNullable(ws.files.get(file)).map(FileSpec::content).orElse("");
        String line = name + rest.replace("%s", name) + "\n";
        ws.write(file, FileSpec.file(before + line, 0644), before.length() + line.length());
        if (file.endsWith("passwd")) {
            ws.mkdirs("/home/" + name);
        }
        return 0;
    }

    static Map<String, Long> none() {
        return Map.of();
    }
}
