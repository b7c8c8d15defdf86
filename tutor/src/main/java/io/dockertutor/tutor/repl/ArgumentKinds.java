package io.dockertutor.tutor.repl;

import java.util.Map;

/**
 * What the positional arguments of a docker command name, for completing them with what exists now. Keys are
 * command paths without the {@code container}/{@code image} management word, so {@code docker container stop} and
 * {@code docker stop} share a row. The grammar knows how many arguments a command takes; only their meaning is here.
 */
final class ArgumentKinds {
    /** What one argument position holds. */
    enum Kind { IMAGE, CONTAINER, VOLUME, NETWORK, PATH, NONE }

    /** The first argument's kind, and the kind of every later one. */
    record Row(Kind first, Kind rest) {
    }

    private static final Row CONTAINERS = new Row(Kind.CONTAINER, Kind.CONTAINER);
    private static final Row IMAGES = new Row(Kind.IMAGE, Kind.IMAGE);

    private static final Map<String, Row> ROWS = Map.ofEntries(
            Map.entry("run", new Row(Kind.IMAGE, Kind.NONE)),
            Map.entry("create", new Row(Kind.IMAGE, Kind.NONE)),
            Map.entry("rmi", IMAGES), Map.entry("rm", CONTAINERS), Map.entry("history", IMAGES), Map.entry("tag", IMAGES),
            Map.entry("push", IMAGES), Map.entry("save", IMAGES), Map.entry("pull", IMAGES),
            Map.entry("image rm", IMAGES), Map.entry("image inspect", IMAGES),
            Map.entry("stop", CONTAINERS), Map.entry("start", CONTAINERS), Map.entry("restart", CONTAINERS),
            Map.entry("kill", CONTAINERS), Map.entry("logs", CONTAINERS), Map.entry("pause", CONTAINERS),
            Map.entry("unpause", CONTAINERS), Map.entry("wait", CONTAINERS), Map.entry("stats", CONTAINERS),
            Map.entry("update", CONTAINERS), Map.entry("port", new Row(Kind.CONTAINER, Kind.NONE)),
            Map.entry("top", new Row(Kind.CONTAINER, Kind.NONE)), Map.entry("diff", CONTAINERS),
            Map.entry("attach", CONTAINERS), Map.entry("export", CONTAINERS),
            Map.entry("exec", new Row(Kind.CONTAINER, Kind.NONE)), Map.entry("commit", new Row(Kind.CONTAINER, Kind.NONE)),
            Map.entry("rename", new Row(Kind.CONTAINER, Kind.NONE)), Map.entry("cp", new Row(Kind.PATH, Kind.PATH)),
            Map.entry("inspect", CONTAINERS), Map.entry("build", new Row(Kind.PATH, Kind.NONE)),
            Map.entry("load", new Row(Kind.NONE, Kind.NONE)),
            Map.entry("volume rm", new Row(Kind.VOLUME, Kind.VOLUME)), Map.entry("volume inspect", new Row(Kind.VOLUME, Kind.VOLUME)),
            Map.entry("network rm", new Row(Kind.NETWORK, Kind.NETWORK)),
            Map.entry("network inspect", new Row(Kind.NETWORK, Kind.NETWORK)),
            Map.entry("network connect", new Row(Kind.NETWORK, Kind.CONTAINER)),
            Map.entry("network disconnect", new Row(Kind.NETWORK, Kind.CONTAINER)));

    /** Flags whose value names something that exists. */
    private static final Map<String, Kind> FLAG_VALUES = Map.of("volume", Kind.VOLUME, "network", Kind.NETWORK,
            "volumes-from", Kind.CONTAINER, "file", Kind.PATH, "env-file", Kind.PATH, "output", Kind.PATH, "input", Kind.PATH);

    private ArgumentKinds() {
    }

    static Kind argument(String commandPath, int position) {
        String key = commandPath.startsWith("container ") ? commandPath.substring("container ".length())
                : commandPath.startsWith("image ") && !ROWS.containsKey(commandPath) ? commandPath.substring("image ".length())
                : commandPath;
        Row row = ROWS.get(key);
        if (row == null) {
            return Kind.NONE;
        }
        return position == 0 ? row.first() : row.rest();
    }

    static Kind flagValue(String longName) {
        return FLAG_VALUES.getOrDefault(longName, Kind.NONE);
    }
}
