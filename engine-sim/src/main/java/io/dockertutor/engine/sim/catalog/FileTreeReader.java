package io.dockertutor.engine.sim.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code fileSets:} section and the file keys of an image ({@code fileSets}, {@code dirs}, {@code bin},
 * {@code files}) and merges them into one tree per image: sets first in the order listed, the image's own entries
 * last (later entries replace earlier ones), missing parent directories added.
 */
final class FileTreeReader {

    /** The keys a file set and an image share for declaring files. */
    static final List<String> FILE_KEYS = List.of("fileSets", "dirs", "bin", "files");

    private static final Pattern MODE = Pattern.compile("(?:0o)?[0-7]{1,4}");
    private static final Pattern ID = Pattern.compile("\\d{1,9}");

    private final CatalogErrors errors;
    private final YamlMap definitions;
    private final Map<String, List<FileEntry>> sets = new HashMap<>();
    private final Set<String> reading = new LinkedHashSet<>();

    FileTreeReader(CatalogErrors errors, YamlMap definitions) {
        this.errors = errors;
        this.definitions = definitions;
        for (String name : definitions.keys()) {
            set(name, definitions.keyNode(name));
        }
    }

    /** The merged, sorted tree of everything {@code owner} (an image mapping) declares. */
    Map<String, FileSpec> tree(YamlMap owner) {
        Map<String, FileEntry> merged = new TreeMap<>();
        for (FileEntry entry : entries(owner)) {
            merged.put(entry.path(), entry);
        }
        Map<String, FileSpec> tree = new TreeMap<>();
        for (FileEntry entry : merged.values()) {
            tree.put(entry.path(), entry.spec());
        }
        for (FileEntry entry : merged.values()) {
            addParents(tree, entry);
        }
        return Collections.unmodifiableMap(tree);
    }

    private void addParents(Map<String, FileSpec> tree, FileEntry entry) {
        String path = entry.path();
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String parent = path.substring(0, slash);
            FileSpec existing = tree.get(parent);
            if (existing == null) {
                tree.put(parent, FileSpec.directory(0755));
            } else if (existing.kind() == FileSpec.Kind.SYMLINK) {
                throw errors.at(entry.where(), "path.under.symlink", path, parent);
            } else if (existing.kind() == FileSpec.Kind.FILE) {
                throw errors.at(entry.where(), "path.under.file", path, parent);
            }
        }
    }

    private List<FileEntry> set(String name, Node reference) {
        List<FileEntry> known = sets.get(name);
        if (known != null) {
            return known;
        }
        if (!definitions.keys().contains(name)) {
            throw errors.at(reference, "undefined.fileset", name);
        }
        if (!reading.add(name)) {
            throw errors.at(reference, "fileset.cycle", name, String.join(" -> ", reading));
        }
        YamlMap definition = YamlMap.of(errors, definitions.optional(name).orElse(null))
                .allow(FILE_KEYS.toArray(String[]::new));
        List<FileEntry> entries = List.copyOf(entries(definition));
        reading.remove(name);
        sets.put(name, entries);
        return entries;
    }

    private List<FileEntry> entries(YamlMap owner) {
        List<FileEntry> entries = new ArrayList<>();
        for (Node include : owner.optional("fileSets").map(n -> YamlMap.sequence(errors, n)).orElse(List.of())) {
            entries.addAll(set(YamlMap.scalar(errors, include), include));
        }
        for (Node dir : owner.optional("dirs").map(n -> YamlMap.sequence(errors, n)).orElse(List.of())) {
            entries.add(new FileEntry(path(dir), FileSpec.directory(0755), dir));
        }
        YamlMap bin = owner.map("bin");
        for (String dir : bin.keys()) {
            String base = path(bin.keyNode(dir));
            for (Node name : YamlMap.sequence(errors, bin.optional(dir).orElse(null))) {
                String file = YamlMap.scalar(errors, name);
                if (file.isEmpty() || file.contains("/")) {
                    throw errors.at(name, "bad.bin.name", file);
                }
                entries.add(new FileEntry(base + "/" + file, FileSpec.binary(), name));
            }
        }
        YamlMap files = owner.map("files");
        for (String key : files.keys()) {
            Node keyNode = files.keyNode(key);
            entries.add(new FileEntry(path(keyNode), file(files.optional(key).orElse(null), keyNode), keyNode));
        }
        return entries;
    }

    private FileSpec file(Node value, Node keyNode) {
        if (value == null || value instanceof ScalarNode) {
            return FileSpec.file(value == null ? "" : YamlMap.scalar(errors, value), 0644);
        }
        YamlMap spec = YamlMap.of(errors, value).allow("content", "mode", "uid", "gid", "link", "dir");
        boolean dir = spec.bool("dir", false);
        boolean link = spec.optional("link").isPresent();
        boolean content = spec.optional("content").isPresent();
        if ((dir ? 1 : 0) + (link ? 1 : 0) + (content ? 1 : 0) > 1) {
            throw errors.at(value, "file.kind.conflict");
        }
        FileSpec.Kind kind = dir ? FileSpec.Kind.DIRECTORY : link ? FileSpec.Kind.SYMLINK : FileSpec.Kind.FILE;
        int fallbackMode = switch (kind) {
            case DIRECTORY -> 0755;
            case SYMLINK -> 0777;
            case FILE -> 0644;
        };
        return new FileSpec(kind, spec.string("content", ""), mode(spec, fallbackMode), number(spec, "uid"),
                number(spec, "gid"), link ? spec.string("link") : null);
    }

    private int mode(YamlMap spec, int fallback) {
        return spec.optional("mode").map(node -> {
            String text = YamlMap.scalar(errors, node);
            if (!MODE.matcher(text).matches()) {
                throw errors.at(node, "bad.mode", text);
            }
            return Integer.parseInt(text.replace("0o", ""), 8);
        }).orElse(fallback);
    }

    private int number(YamlMap spec, String key) {
        return spec.optional(key).map(node -> {
            String text = YamlMap.scalar(errors, node);
            if (!ID.matcher(text).matches()) {
                throw errors.at(node, "bad.owner", key, text);
            }
            return Integer.parseInt(text);
        }).orElse(0);
    }

    private String path(Node node) {
        String path = YamlMap.scalar(errors, node);
        boolean clean = path.startsWith("/") && path.length() > 1 && !path.endsWith("/") && !path.contains("//")
                && !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.") && !path.endsWith("/..");
        if (!clean) {
            throw errors.at(node, "bad.path", path);
        }
        return path;
    }
}
