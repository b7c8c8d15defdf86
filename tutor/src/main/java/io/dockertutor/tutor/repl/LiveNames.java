package io.dockertutor.tutor.repl;

import io.dockertutor.engine.ContainerSummary;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The names that exist on the engine right now: image references ({@code nginx:latest}), container names, volumes
 * and networks, asked at the moment Tab is pressed so completion never offers something already removed.
 */
final class LiveNames {
    private LiveNames() {
    }

    static List<String> of(Engine engine, ArgumentKinds.Kind kind) {
        if (engine == null) {
            return List.of();
        }
        try {
            return switch (kind) {
                case IMAGE -> images(engine);
                case CONTAINER -> containers(engine);
                case VOLUME -> engine.listVolumes(Filters.NONE).stream().map(v -> v.name()).sorted().toList();
                case NETWORK -> engine.listNetworks(Filters.NONE).stream().map(n -> n.name()).sorted().toList();
                default -> List.of();
            };
        } catch (RuntimeException e) {
            // A completion must never break the line being typed; no names is the honest answer.
            return List.of();
        }
    }

    private static List<String> images(Engine engine) {
        List<String> out = new ArrayList<>();
        for (ImageSummary image : engine.listImages(false, Filters.NONE)) {
            for (String tag : image.repoTags()) {
                if (!tag.equals("<none>:<none>")) {
                    out.add(tag);
                    if (tag.endsWith(":latest")) {
                        out.add(tag.substring(0, tag.length() - ":latest".length()));
                    }
                }
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    private static List<String> containers(Engine engine) {
        List<String> out = new ArrayList<>();
        for (ContainerSummary c : engine.listContainers(true, -1, false, Filters.NONE)) {
            for (String name : c.names()) {
                out.add(name.startsWith("/") ? name.substring(1) : name);
            }
        }
        return out.stream().sorted().toList();
    }
}
