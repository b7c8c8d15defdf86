package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.sim.catalog.FileSpec;
import io.dockertutor.engine.sim.process.ProgramSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code go build}, {@code go mod download}, {@code go get} and {@code go install} in a RUN step. A build writes an
 * executable whose content is the {@link ProgramSpec} that {@link GoSourceModel} read from the main package, and
 * fills the build cache ($GOCACHE), which is why a single-stage image keeps growing.
 */
final class GoCommand {
    private final SizeTable sizes;

    GoCommand(SizeTable sizes) {
        this.sizes = sizes;
    }

    int run(List<String> args, RunWorkspace ws) {
        String sub = args.isEmpty() ? "" : args.get(0);
        switch (sub) {
            case "build", "install":
                return build(args.subList(1, args.size()), ws, sub.equals("install"));
            case "mod", "get":
                ws.write(ws.env("GOPATH", "/go") + "/pkg/mod/cache/download", FileSpec.directory(0755), sizes.value("go", "modules"));
                return 0;
            default:
                return 0;
        }
    }

    private int build(List<String> args, RunWorkspace ws, boolean install) {
        String out = null;
        boolean stripped = false;
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-o") && i + 1 < args.size()) {
                out = args.get(++i);
            } else if (a.equals("-ldflags") && i + 1 < args.size()) {
                stripped = args.get(++i).contains("-s");
            } else if (a.startsWith("-ldflags=")) {
                stripped = a.contains("-s");
            } else if (a.startsWith("-")) {
                if (List.of("-tags", "-mod", "-gcflags", "-p").contains(a) && i + 1 < args.size()) {
                    i++;
                }
            } else {
                targets.add(a);
            }
        }
        List<String> sources = new ArrayList<>();
        for (String t : targets.isEmpty() ? List.of(".") : targets) {
            String path = ws.absolute(t);
            if (t.endsWith(".go")) {
                if (!ws.files.containsKey(path)) {
                    ws.output.add("stat " + t + ": no such file or directory");
                    return 1;
                }
                sources.add(path);
            } else {
                ws.files.keySet().stream().filter(p -> p.startsWith(path + "/") && p.endsWith(".go")
                        && p.indexOf('/', path.length() + 1) < 0).forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            ws.output.add("no Go files in " + ws.cwd);
            return 1;
        }
        String main = sources.stream().filter(p -> read(ws, p).contains("func main(")).findFirst().orElse(sources.get(0));
        String text = String.join("\n", sources.stream().map(p -> read(ws, p)).toList());
        ProgramSpec spec = GoSourceModel.analyze(text, main.substring(main.lastIndexOf('/') + 1));
        String name = targets.size() == 1 && targets.get(0).endsWith(".go")
                ? main.substring(main.lastIndexOf('/') + 1).replaceAll("\\.go$", "")
                : ws.cwd.substring(ws.cwd.lastIndexOf('/') + 1);
        String target = install ? ws.env("GOPATH", "/go") + "/bin/" + name
                : out == null ? ws.absolute(name.isEmpty() ? "main" : name)
                : ws.files.containsKey(ws.absolute(out)) && ws.files.get(ws.absolute(out)).kind() == FileSpec.Kind.DIRECTORY
                ? ws.absolute(out) + "/" + name : ws.absolute(out);
        ws.write(target, FileSpec.file(spec.encode(), 0755), sizes.value("go", stripped ? "strippedBinary" : "binary"));
        String cache = ws.env("GOCACHE", (ws.stage.user == null || ws.stage.user.isEmpty() || ws.stage.user.equals("root")
                ? "/root" : "/tmp") + "/.cache/go-build");
        if (!ws.files.containsKey(cache)) {
            ws.write(cache, FileSpec.directory(0755), sizes.value("go", "buildCache"));
        }
        return 0;
    }

    private static String read(RunWorkspace ws, String path) {
        Optional<String> s = PackageCommands.read(ws, path);
        return s.orElse("");
    }
}
