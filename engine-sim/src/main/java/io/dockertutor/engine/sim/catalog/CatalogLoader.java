package io.dockertutor.engine.sim.catalog;

import io.dockertutor.engine.SearchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and validates an image catalog (format: {@code docs/catalog-format.md}). Uses snakeyaml's node API rather
 * than object binding so that every problem is reported as {@code file:line:column: problem}; a catalog that loads
 * is internally consistent (layers, file sets and images referenced all exist; histories match layers).
 *
 * <pre>{@code
 * Catalog catalog = new CatalogLoader().loadDefault();          // the bundled catalog/images.yaml
 * Catalog custom = new CatalogLoader().load(Path.of(args[1]));  // --catalog FILE; CatalogException on error
 * }</pre>
 */
public final class CatalogLoader {

    /** Where the bundled catalog lives on the class path, and the name its errors are reported against. */
    public static final String DEFAULT_RESOURCE = "catalog/images.yaml";

    private final Locale locale;
    /** The bundled catalog once parsed: a {@link Catalog} never changes after loading, so every engine may share it. */
    private static volatile Catalog bundled;

    /** A loader whose error messages follow the JVM's default locale (English or Korean). */
    public CatalogLoader() {
        this(Locale.getDefault());
    }

    public CatalogLoader(Locale locale) {
        this.locale = locale;
    }

    /** Loads the catalog bundled with the engine. */
    public Catalog loadDefault() {
        String name = DEFAULT_RESOURCE.substring(DEFAULT_RESOURCE.lastIndexOf('/') + 1);
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CatalogErrors(name, locale).whole("unreadable", null, DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new CatalogErrors(name, locale).whole("unreadable", e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The bundled catalog, parsed once per process and shared by every simulated engine in it: a classroom server's
     * learners would otherwise each parse the same text and hold their own copy (a parse per learner was a quarter of
     * the server's processor time under load, and most of its memory). A failure is not kept: the next call tries again
     * and reports it in its own locale.
     */
    public static Catalog bundled(Locale locale) {
        Catalog loaded = bundled;
        if (loaded == null) {
            synchronized (CatalogLoader.class) {
                loaded = bundled;
                if (loaded == null) {
                    loaded = new CatalogLoader(locale).loadDefault();
                    bundled = loaded;
                }
            }
        }
        return loaded;
    }

    /** Loads a catalog file; errors name the file as {@code file} was given. */
    public Catalog load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CatalogErrors(file.toString(), locale).whole("unreadable", e, file.toString());
        }
        return parse(text, file.toString());
    }

    /** Parses catalog text; {@code sourceName} is the file name errors are reported against. */
    public Catalog parse(String yaml, String sourceName) {
        CatalogErrors errors = new CatalogErrors(sourceName, locale);
        Node root = compose(yaml, errors);
        YamlMap top = YamlMap.of(errors, root).allow("layers", "fileSets", "images", "repositories", "search");
        Map<String, LayerSpec> layers = layers(errors, top.map("layers"));
        FileTreeReader files = new FileTreeReader(errors, top.map("fileSets"));
        Map<String, ImageSpec> images = images(errors, top.map("images"), layers, files);
        Map<String, RepositorySpec> repositories = repositories(errors, top.map("repositories"), images);
        List<SearchResult> search = search(errors, top.optional("search").orElse(null));
        return new Catalog(Collections.unmodifiableMap(layers), Collections.unmodifiableMap(images),
                Collections.unmodifiableMap(repositories), List.copyOf(search));
    }

    private static Node compose(String yaml, CatalogErrors errors) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        try {
            // Yaml.compose() without the Yaml facade: it would load (and we would wait for) snakeyaml's
            // constructor and representer classes, which node composition never uses.
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options),
                    new Resolver(), options).getSingleNode();
            if (root == null) {
                throw errors.whole("empty", null);
            }
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw errors.at(mark, errors.text("yaml.syntax", e.getProblem() == null ? e.getContext() : e.getProblem()));
        } catch (YAMLException e) {
            throw errors.whole("yaml.syntax", e, e.getMessage());
        }
    }

    private static Map<String, LayerSpec> layers(CatalogErrors errors, YamlMap section) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        for (String shortId : section.keys()) {
            Node key = section.keyNode(shortId);
            if (!CatalogIdFormats.SHORT_ID.matcher(shortId).matches()) {
                throw errors.at(key, "bad.short.id", shortId);
            }
            YamlMap layer = YamlMap.of(errors, section.optional(shortId).orElse(null))
                    .allow("digest", "diffId", "size");
            String digest = CatalogIdFormats.digest(errors, layer.required("digest"));
            if (!digest.startsWith("sha256:" + shortId)) {
                throw errors.at(layer.required("digest"), "digest.prefix", shortId);
            }
            String size = layer.string("size");
            long bytes = ByteSize.parse(size).orElseThrow(() -> errors.at(layer.required("size"), "bad.size", size));
            layers.put(shortId, new LayerSpec(shortId, digest, CatalogIdFormats.digest(errors, layer.required("diffId")), bytes));
        }
        return layers;
    }

    private static Map<String, ImageSpec> images(CatalogErrors errors, YamlMap section,
            Map<String, LayerSpec> layers, FileTreeReader files) {
        ImageReader reader = new ImageReader(errors, layers, files);
        Map<String, ImageSpec> images = new LinkedHashMap<>();
        Map<String, String> keyById = new HashMap<>();
        for (String key : section.keys()) {
            ImageSpec image = reader.read(key, section.map(key));
            String clash = keyById.putIfAbsent(image.id(), key);
            if (clash != null) {
                throw errors.at(section.map(key).required("id"), "duplicate.image.id", clash);
            }
            images.put(key, image);
        }
        return images;
    }

    private static Map<String, RepositorySpec> repositories(CatalogErrors errors, YamlMap section,
            Map<String, ImageSpec> images) {
        Map<String, RepositorySpec> repositories = new LinkedHashMap<>();
        for (String name : section.keys()) {
            if (!CatalogIdFormats.REPOSITORY.matcher(name).matches()) {
                throw errors.at(section.keyNode(name), "bad.repository", name);
            }
            YamlMap tagMap = section.map(name);
            Map<String, String> tags = new LinkedHashMap<>();
            for (String tag : tagMap.keys()) {
                if (!CatalogIdFormats.TAG.matcher(tag).matches()) {
                    throw errors.at(tagMap.keyNode(tag), "bad.tag", tag);
                }
                String image = tagMap.string(tag);
                if (!images.containsKey(image)) {
                    throw errors.at(tagMap.required(tag), "undefined.image", tag, image);
                }
                tags.put(tag, image);
            }
            repositories.put(name, new RepositorySpec(name, Collections.unmodifiableMap(tags)));
        }
        return repositories;
    }

    private static List<SearchResult> search(CatalogErrors errors, Node section) {
        List<SearchResult> results = new ArrayList<>();
        for (Node item : YamlMap.sequence(errors, section)) {
            YamlMap entry = YamlMap.of(errors, item).allow("name", "description", "stars", "official", "automated");
            String name = entry.string("name");
            if (!name.matches("[a-z0-9]+(?:[._/-][a-z0-9]+)*")) {
                throw errors.at(entry.required("name"), "bad.search.name", name);
            }
            String stars = entry.string("stars", "0");
            if (!stars.matches("\\d{1,9}")) {
                throw errors.at(entry.required("stars"), "bad.number", stars);
            }
            results.add(new SearchResult(name, entry.string("description", ""), Integer.parseInt(stars),
                    entry.bool("official", false), entry.bool("automated", false)));
        }
        return results;
    }
}
