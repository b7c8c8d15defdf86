package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.ApiJson.text;
import static io.dockertutor.engine.docker.ApiJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.EngineInfo;
import io.dockertutor.engine.EngineVersion;

/**
 * {@code GET /version} and {@code /info} as the engine API's records ({@code /system/df}: {@link DiskUsageRecords}).
 */
final class SystemRecords {
    private SystemRecords() {
    }

    static EngineVersion version(JsonNode v) {
        return new EngineVersion(text(v.path("Platform"), "Name"), text(v, "Version"), text(v, "ApiVersion"),
                text(v, "MinAPIVersion"), text(v, "GitCommit"), text(v, "GoVersion"), text(v, "Os"), text(v, "Arch"),
                text(v, "KernelVersion"), buildTime(text(v, "BuildTime")), component(v, "containerd", "Version"),
                component(v, "runc", "Version"), component(v, "docker-init", "Version"), component(v, "containerd", "GitCommit"),
                component(v, "runc", "GitCommit"), component(v, "docker-init", "GitCommit"));
    }

    private static java.time.Instant buildTime(String text) {
        try {
            return time(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** A component's Version, or one of its Details (GitCommit). */
    private static String component(JsonNode v, String name, String field) {
        for (JsonNode c : v.path("Components")) {
            if (name.equals(text(c, "Name"))) {
                return field.equals("Version") ? text(c, "Version") : text(c.path("Details"), field);
            }
        }
        return "";
    }

    static EngineInfo info(JsonNode i) {
        return new EngineInfo(text(i, "Name"), text(i, "ServerVersion"), i.path("Containers").asInt(),
                i.path("ContainersRunning").asInt(), i.path("ContainersPaused").asInt(), i.path("ContainersStopped").asInt(),
                i.path("Images").asInt(), text(i, "Driver"), text(i, "LoggingDriver"), text(i, "CgroupDriver"),
                text(i, "OperatingSystem"), text(i, "OSType"), text(i, "Architecture"), i.path("NCPU").asInt(),
                i.path("MemTotal").asLong(), text(i, "DockerRootDir"), text(i, "KernelVersion"));
    }
}
