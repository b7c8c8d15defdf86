package io.dockertutor.engine.sim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled catalog stays consistent as it grows: every tag names an image, every layer exists, bases are shared. */
class CatalogConsistencyTest {
    private static final Catalog CATALOG = new CatalogLoader().loadDefault();

    @Test
    void everyTagResolvesToAnImageWhoseLayersAllExist() {
        for (RepositorySpec repo : CATALOG.repositories().values()) {
            for (Map.Entry<String, String> tag : repo.tags().entrySet()) {
                ImageSpec image = CATALOG.images().get(tag.getValue());
                assertThat(image).as(repo.name() + ":" + tag.getKey()).isNotNull();
                assertThat(CATALOG.layers().keySet()).as(image.key()).containsAll(image.layers());
            }
        }
    }

    @Test
    void everyImageIsReachableByATag() {
        Set<String> tagged = CATALOG.repositories().values().stream().flatMap(r -> r.tags().values().stream())
                .collect(Collectors.toSet());
        assertThat(tagged).containsAll(CATALOG.images().keySet());
    }

    @ParameterizedTest(name = "{0} is the base of {1} and {2}")
    @CsvSource({
        "26c307b5e35a, python-3.12.13-slim-trixie, python-3.11.15-slim-trixie",
        "e2de96513ba9, nginx-1.31.6-alpine3.24, python-3.12.14-alpine3.24",
        "e2de96513ba9, node-22.23.3-alpine3.24, python-3.12.14-alpine3.24",
        "6b37362b3da7, postgres-16.15-trixie, postgres-18.6-trixie",
        "13c85306055e, mysql-26.7.0-oraclelinux9, mysql-8.4.11-oraclelinux9",
        "f11c1adaa26e, nginx-1.27.0, redis-7.2.5"})
    void imagesBuiltOnTheSameBaseShareItsLayer(String layer, String one, String other) {
        assertThat(CATALOG.images().get(one).layers().get(0)).isEqualTo(layer);
        assertThat(CATALOG.images().get(other).layers().get(0)).isEqualTo(layer);
    }

    @ParameterizedTest(name = "{0}:{1} and :{2} are one image")
    @CsvSource({"library/python, 3.12, 3.12.14", "library/python, 3.12-slim, 3.12-slim-trixie",
        "library/postgres, latest, 18", "library/mysql, latest, innovation", "library/mysql, 8, 8.4",
        "library/nginx, alpine, mainline-alpine", "library/node, 22, 22-bookworm"})
    void tagsOfOneBuildAreAliases(String repository, String tag, String alias) {
        Map<String, String> tags = CATALOG.repositories().get(repository).tags();
        assertThat(tags.get(alias)).isNotNull().isEqualTo(tags.get(tag));
    }
}
