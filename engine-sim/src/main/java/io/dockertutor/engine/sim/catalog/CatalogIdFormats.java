package io.dockertutor.engine.sim.catalog;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** The identifier formats the catalog accepts: content digests, short layer ids, repository names and tags. */
final class CatalogIdFormats {

    static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    static final Pattern SHORT_ID = Pattern.compile("[0-9a-f]{12}");
    // Docker Hub's rules (distribution/reference): lowercase path components joined by '/', at least a namespace.
    static final Pattern REPOSITORY =
            Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+");
    static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private CatalogIdFormats() {
    }

    static String digest(CatalogErrors errors, Node node) {
        String value = YamlMap.scalar(errors, node);
        if (!DIGEST.matcher(value).matches()) {
            throw errors.at(node, "bad.digest", value);
        }
        return value;
    }
}
