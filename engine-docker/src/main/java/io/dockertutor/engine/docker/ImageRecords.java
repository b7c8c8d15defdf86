package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.ApiJson.keys;
import static io.dockertutor.engine.docker.ApiJson.stringMap;
import static io.dockertutor.engine.docker.ApiJson.strings;
import static io.dockertutor.engine.docker.ApiJson.text;
import static io.dockertutor.engine.docker.ApiJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.HistoryEntry;
import io.dockertutor.engine.ImageConfig;
import io.dockertutor.engine.ImageDetails;
import io.dockertutor.engine.ImageSummary;
import java.time.Instant;
import java.util.List;

/**
 * Engine API image documents ({@code GET /images/json}, {@code /images/{name}/json}, {@code /images/{name}/history})
 * as the engine API's records. Engine 20.10 lists a dangling image with {@code <none>:<none>} and
 * {@code <none>@<none>}; the records say that with empty lists, as the simulated engine does.
 */
final class ImageRecords {
    private ImageRecords() {
    }

    static ImageSummary summary(JsonNode i) {
        return new ImageSummary(text(i, "Id"), real(strings(i.path("RepoTags"))), real(strings(i.path("RepoDigests"))),
                text(i, "ParentId"), Instant.ofEpochSecond(i.path("Created").asLong()), i.path("Size").asLong(),
                i.path("Containers").asInt(-1), stringMap(i.path("Labels")));
    }

    static ImageDetails details(JsonNode i) {
        return new ImageDetails(text(i, "Id"), real(strings(i.path("RepoTags"))), real(strings(i.path("RepoDigests"))),
                text(i, "Parent"), text(i, "Comment"), time(text(i, "Created")), text(i, "DockerVersion"), text(i, "Author"),
                config(i.path("Config")), text(i, "Architecture"), text(i, "Os"), i.path("Size").asLong(),
                strings(i.path("RootFS").path("Layers")), time(text(i.path("Metadata"), "LastTagTime")));
    }

    static HistoryEntry history(JsonNode h) {
        return new HistoryEntry(text(h, "Id"), Instant.ofEpochSecond(h.path("Created").asLong()), text(h, "CreatedBy"),
                h.path("Size").asLong(), text(h, "Comment"), strings(h.path("Tags")));
    }

    static ImageConfig config(JsonNode c) {
        ImageConfig.Healthcheck health = null;
        JsonNode h = c.path("Healthcheck");
        if (h.isObject()) {
            health = new ImageConfig.Healthcheck(strings(h.path("Test")), h.path("Interval").asLong(), h.path("Timeout").asLong(),
                    h.path("StartPeriod").asLong(), h.path("Retries").asInt());
        }
        return new ImageConfig(text(c, "User"), strings(c.path("Env")), strings(c.path("Cmd")), strings(c.path("Entrypoint")),
                text(c, "WorkingDir"), keys(c.path("ExposedPorts")), stringMap(c.path("Labels")), text(c, "StopSignal"),
                keys(c.path("Volumes")), strings(c.path("OnBuild")), strings(c.path("Shell")), health);
    }

    private static List<String> real(List<String> references) {
        return references.stream().filter(r -> !r.startsWith("<none>")).toList();
    }
}
