package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.catalog.FileTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Package managers, the Go compiler and downloads in a RUN step. Every size comes from {@link SizeTable}; what a
 * package installs is modelled as one executable named after it (so {@code RUN apk add curl} makes {@code curl}
 * runnable) holding its installed size.
 */
final class PackageCommands {
    private static final Pattern NPM_DEPS = Pattern.compile("\"(?:dependencies|devDependencies)\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern JSON_KEY = Pattern.compile("\"([^\"]+)\"\\s*:");

    private final SizeTable sizes;

    PackageCommands(SizeTable sizes) {
        this.sizes = sizes;
    }

    int run(String cmd, List<String> args, RunWorkspace ws) {
        List<String> operands = args.stream().filter(a -> !a.startsWith("-")).toList();
        String sub = operands.isEmpty() ? "" : operands.get(0);
        List<String> names = operands.size() > 1 ? operands.subList(1, operands.size()) : List.of();
        switch (cmd) {
            case "apk":
                if (sub.equals("add")) {
                    List<String> pkgs = withoutOptionValues(args, "--virtual", "-t");
                    pkgs.forEach(p -> install(ws, "apk", p, "/usr/bin/"));
                    if (!args.contains("--no-cache")) {
                        ws.write("/var/cache/apk/APKINDEX.tar.gz", FileSpec.file("", 0644), sizes.value("apk", "index"));
                    }
                } else if (sub.equals("del")) {
                    names.forEach(p -> ws.remove("/usr/bin/" + p));
                } else if (sub.equals("update")) {
                    ws.write("/var/cache/apk/APKINDEX.tar.gz", FileSpec.file("", 0644), sizes.value("apk", "index"));
                }
                return 0;
            case "apt-get", "apt":
                if (sub.equals("update")) {
                    ws.write("/var/lib/apt/lists/deb.debian.org_debian_dists_main_Packages.lz4", FileSpec.file("", 0644),
                            sizes.value("apt", "lists"));
                } else if (sub.equals("install")) {
                    names.forEach(p -> install(ws, "apt", p, "/usr/bin/"));
                } else if (sub.equals("clean")) {
                    ws.remove("/var/cache/apt/archives/*");
                }
                return 0;
            case "yum", "dnf", "microdnf":
                if (sub.equals("install")) {
                    names.forEach(p -> install(ws, "yum", p, "/usr/bin/"));
                    ws.write("/var/cache/" + cmd + "/packages.sqlite", FileSpec.file("", 0644), sizes.value("yum", "cache"));
                } else if (sub.equals("clean")) {
                    ws.remove("/var/cache/" + cmd);
                }
                return 0;
            case "pip", "pip3":
                return pip(args, names, sub, ws);
            case "npm":
                return npm(args, names, sub, ws);
            case "go":
                return new GoCommand(sizes).run(args, ws);
            case "wget", "curl":
                return download(cmd, args, ws);
            case "tar":
                return untar(args, ws);
            default:
                return 0;
        }
    }

    private void install(RunWorkspace ws, String manager, String pkg, String dir) {
        ws.write(dir + pkg.replaceAll("[=<>@].*$", ""), FileSpec.binary(), sizes.packageSize(manager, pkg));
    }

    private static List<String> withoutOptionValues(List<String> args, String... valued) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (List.of(valued).contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                out.add(a);
            }
        }
        return out;
    }

    private int pip(List<String> args, List<String> names, String sub, RunWorkspace ws) {
        if (!sub.equals("install")) {
            return 0;
        }
        List<String> pkgs = new ArrayList<>(names);
        int r = args.indexOf("-r");
        if (r >= 0 && r + 1 < args.size()) {
            pkgs.remove(args.get(r + 1));
            String req = read(ws, ws.absolute(args.get(r + 1))).orElse(null);
            if (req == null) {
                ws.output.add("ERROR: Could not open requirements file: [Errno 2] No such file or directory: '" + args.get(r + 1) + "'");
                return 1;
            }
            req.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(pkgs::add);
        }
        boolean cache = !args.contains("--no-cache-dir");
        for (String p : pkgs) {
            long size = sizes.packageSize("pip", p);
            ws.write("/usr/local/lib/python3/site-packages/" + p.replaceAll("[=<>~!].*$", ""), FileSpec.file("", 0644), size);
            if (cache) {
                ws.write("/root/.cache/pip/wheels/" + p, FileSpec.file("", 0644), (long) (size * sizes.factor("pip", "cacheFactor")));
            }
        }
        return 0;
    }

    private int npm(List<String> args, List<String> names, String sub, RunWorkspace ws) {
        if (!List.of("install", "i", "ci", "add").contains(sub)) {
            return 0;
        }
        List<String> pkgs = new ArrayList<>(names);
        if (pkgs.isEmpty()) {
            Optional<String> manifest = read(ws, ws.absolute("package.json"));
            if (manifest.isEmpty()) {
                ws.output.add("npm ERR! enoent Could not read package.json");
                return 254;
            }
            Matcher deps = NPM_DEPS.matcher(manifest.get());
            while (deps.find()) {
                Matcher k = JSON_KEY.matcher(deps.group(1));
                while (k.find()) {
                    pkgs.add(k.group(1));
                }
            }
        }
        String root = args.contains("-g") ? "/usr/local/lib/node_modules/" : ws.absolute("node_modules") + "/";
        pkgs.forEach(p -> ws.write(root + p, FileSpec.directory(0755), sizes.packageSize("npm", p)));
        ws.write("/root/.npm/_cacache/index", FileSpec.file("", 0644), pkgs.stream().mapToLong(p -> sizes.packageSize("npm", p)).sum() / 2);
        return 0;
    }

    private int download(String cmd, List<String> args, RunWorkspace ws) {
        String url = args.stream().filter(a -> a.matches("(?i)(https?|ftp)://.*")).findFirst().orElse(null);
        if (url == null) {
            return 0;
        }
        String out = null;
        for (int i = 0; i < args.size() - 1; i++) {
            String a = args.get(i);
            if ((cmd.equals("wget") && a.equals("-O")) || (cmd.equals("curl") && a.equals("-o"))) {
                out = args.get(i + 1);
            }
        }
        boolean named = cmd.equals("wget") || args.contains("-O") || args.stream().anyMatch(a -> a.matches("-[a-zA-Z]*O"));
        if (out == null && !named) {
            ws.output.add("(" + sizes.downloadSize(url) + " bytes of " + url + " written to standard output)");
            return 0;
        }
        if (out == null) {
            out = url.substring(url.lastIndexOf('/') + 1);
        }
        if (!out.equals("-")) {
            ws.write(ws.absolute(out), FileSpec.file("", 0644), sizes.downloadSize(url));
        }
        return 0;
    }

    private int untar(List<String> args, RunWorkspace ws) {
        String file = null;
        String dir = ws.cwd;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-C") && i + 1 < args.size()) {
                dir = ws.absolute(args.get(++i));
            } else if (a.startsWith("-") && a.endsWith("f") && i + 1 < args.size()) {
                file = args.get(++i);
            } else if (!a.startsWith("-") && file == null && a.endsWith("f") && i + 1 < args.size()) {
                file = args.get(++i);
            }
        }
        if (file == null || !args.stream().anyMatch(a -> a.contains("x"))) {
            return 0;
        }
        String path = ws.absolute(file);
        if (!ws.files.containsKey(path)) {
            ws.output.add("tar: " + file + ": Cannot open: No such file or directory");
            return 2;
        }
        long size = (long) (ws.sizes.getOrDefault(path, 0L) * sizes.factor("downloads", "tarExpansion"));
        String name = file.substring(file.lastIndexOf('/') + 1).replaceAll("\\.(tar\\.gz|tgz|tar\\.xz|tar)$", "");
        ws.write(dir + "/" + name, FileSpec.directory(0755), size);
        return 0;
    }

    static Optional<String> read(RunWorkspace ws, String path) {
        return FileTree.lookup(ws.files, path).filter(f -> f.kind() == FileSpec.Kind.FILE)
                .map(f -> new String(f.content().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
}
