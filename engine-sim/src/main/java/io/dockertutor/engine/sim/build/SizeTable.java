package io.dockertutor.engine.sim.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What package installs, downloads and compilers add to an image, read from {@code sizes.yaml} next to this class:
 * data a non-programmer can edit, never code branches.
 *
 * <pre>{@code
 * SizeTable.get().packageSize("apk", "curl");   // 2300000
 * }</pre>
 */
public final class SizeTable {
    private static final SizeTable DEFAULT = load();

    private final Map<String, Object> root;

    private SizeTable(Map<String, Object> root) {
        this.root = root;
    }

    public static SizeTable get() {
        return DEFAULT;
    }

    private static SizeTable load() {
        try (InputStream in = SizeTable.class.getResourceAsStream("sizes.yaml")) {
            if (in == null) {
                throw new IllegalStateException("sizes.yaml is missing from the engine's resources");
            }
            Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new SizeTable(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        return (Map<String, Object>) root.getOrDefault(name, Map.of());
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0L;
    }

    /** The installed size of {@code name} with package manager {@code manager} (apk, apt, yum, pip, npm). */
    @SuppressWarnings("unchecked")
    public long packageSize(String manager, String name) {
        Map<String, Object> s = section(manager);
        String bare = name.replaceAll("[=<>@].*$", "").toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> packages = (Map<String, Object>) s.getOrDefault("packages", Map.of());
        Object size = packages.get(bare);
        return size != null ? number(size) : number(s.get("default"));
    }

    /** A named figure of a section: {@code value("apk", "index")}, {@code value("go", "binary")}. */
    public long value(String section, String key) {
        return number(section(section).get(key));
    }

    public double factor(String section, String key) {
        Object o = section(section).get(key);
        return o instanceof Number n ? n.doubleValue() : 1.0;
    }

    /** The size of what {@code url} downloads: the first matching pattern's size, or the default. */
    @SuppressWarnings("unchecked")
    public long downloadSize(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1);
        Map<String, Object> d = section("downloads");
        for (Map<String, Object> rule : (List<Map<String, Object>>) d.getOrDefault("sizes", List.of())) {
            if (Pattern.compile(String.valueOf(rule.get("match"))).matcher(last).find()) {
                return number(rule.get("size"));
            }
        }
        return number(d.get("default"));
    }
}
