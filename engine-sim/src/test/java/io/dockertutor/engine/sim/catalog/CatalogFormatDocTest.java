package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example in docs/catalog-format.md is a valid catalog and means what the document says. */
class CatalogFormatDocTest {

    @Test
    void theDocumentedExampleLoads() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "catalog-format.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));

        Catalog catalog = new CatalogLoader(Locale.ENGLISH).parse(yaml, "catalog-format.md");

        ImageSpec nginx = catalog.image("library/nginx", "1.27").orElseThrow();
        assertThat(catalog.size(nginx)).isEqualTo(74_800_000L + 113_000_000L);
        assertThat(FileTree.findExecutable(nginx.files(), "sh", "/usr/sbin:/bin")).contains("/bin/sh");
        assertThat(nginx.files().get("/tmp").mode()).isEqualTo(01777);
        assertThat(nginx.config().exposedPorts()).containsExactly("80/tcp");
        assertThat(catalog.search()).hasSize(2);
    }
}
