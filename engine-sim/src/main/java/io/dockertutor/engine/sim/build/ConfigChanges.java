package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --change} instructions of {@code docker commit} and {@code docker import}, applied to an image config as
 * the daemon's {@code BuildFromConfig} does: only the instructions that change metadata are allowed, others fail with
 * the daemon's {@code from is not a valid change command}.
 *
 * <pre>{@code
 * ImageConfig c = ConfigChanges.apply(image.config(), List.of("CMD [\"cat\",\"/hello.txt\"]", "ENV A=1"));
 * }</pre>
 */
public final class ConfigChanges {
    private static final Set<String> VALID = Set.of("cmd", "entrypoint", "healthcheck", "env", "expose", "label",
            "onbuild", "stopsignal", "user", "volume", "workdir");

    private ConfigChanges() {
    }

    public static ImageConfig apply(ImageConfig base, List<String> changes) {
        if (changes.isEmpty()) {
            return base;
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String e : base.env()) {
            int eq = e.indexOf('=');
            env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        String user = base.user();
        List<String> cmd = base.cmd();
        List<String> entrypoint = base.entrypoint();
        String workdir = base.workingDir();
        Set<String> exposed = new LinkedHashSet<>(base.exposedPorts());
        Map<String, String> labels = new LinkedHashMap<>(base.labels());
        String stopSignal = base.stopSignal();
        List<String> volumes = new ArrayList<>(base.volumes());
        List<String> onBuild = new ArrayList<>(base.onBuild());
        ImageConfig.Healthcheck healthcheck = base.healthcheck();
        ShellLex lex = new ShellLex('\\');
        for (String change : changes) {
            String trimmed = change.strip();
            String word = trimmed.split("[ \\t]+", 2)[0].toLowerCase(Locale.ROOT);
            if (!VALID.contains(word)) {
                throw EngineException.badRequest(word + " is not a valid change command");
            }
            Instruction ins;
            try {
                ins = DockerfileParser.instruction(trimmed, 1, 1);
            } catch (DockerfileException e) {
                throw EngineException.badRequest(e.getMessage());
            }
            List<String> shell = base.shell().isEmpty() ? List.of("/bin/sh", "-c") : base.shell();
            switch (ins.keyword()) {
                case "CMD" -> cmd = ins.json() ? ins.words() : concat(shell, ins.rest());
                case "ENTRYPOINT" -> entrypoint = ins.json() ? ins.words() : concat(shell, ins.rest());
                case "ENV" -> KeyValues.env(ins).forEach(kv -> env.put(kv.getKey(), lex.process(kv.getValue(), env)));
                case "LABEL" -> KeyValues.labels(ins).forEach(kv -> labels.put(kv.getKey(), kv.getValue()));
                case "EXPOSE" -> {
                    TreeSet<String> ports = new TreeSet<>();
                    ins.words().forEach(w -> ports.add(w.contains("/") ? w.toLowerCase(Locale.ROOT) : w + "/tcp"));
                    exposed.addAll(ports);
                }
                case "USER" -> user = ins.rest();
                case "WORKDIR" -> workdir = ins.rest().startsWith("/") ? ins.rest()
                        : (workdir.isEmpty() ? "/" : workdir + "/") + ins.rest();
                case "VOLUME" -> (ins.json() ? ins.words() : KeyValues.words(ins.rest())).forEach(v -> {
                    if (!volumes.contains(v)) {
                        volumes.add(v);
                    }
                });
                case "STOPSIGNAL" -> stopSignal = ins.rest();
                case "ONBUILD" -> onBuild.add(ins.rest());
                case "HEALTHCHECK" -> healthcheck = Healthchecks.parse(ins);
                default -> throw EngineException.badRequest(word + " is not a valid change command");
            }
        }
        List<String> envList = new ArrayList<>();
        env.forEach((k, v) -> envList.add(k + "=" + v));
        return new ImageConfig(user, envList, cmd, entrypoint, workdir, List.copyOf(exposed), labels, stopSignal, volumes,
                onBuild, base.shell(), healthcheck);
    }

    private static List<String> concat(List<String> shell, String rest) {
        List<String> argv = new ArrayList<>(shell);
        argv.add(rest);
        return argv;
    }
}
