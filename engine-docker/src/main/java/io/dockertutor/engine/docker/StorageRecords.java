package io.dockertutor.engine.docker;

import static io.dockertutor.engine.docker.ApiJson.stringMap;
import static io.dockertutor.engine.docker.ApiJson.text;
import static io.dockertutor.engine.docker.ApiJson.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.VolumeInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Engine API volume and network documents as the engine API's records, without the tutor's session label. */
final class StorageRecords {
    /** Engine 20.10 marks anonymous volumes by nothing but their generated name. */
    private static final Pattern GENERATED_NAME = Pattern.compile("[0-9a-f]{64}");

    private StorageRecords() {
    }

    static VolumeInfo volume(JsonNode v) {
        String name = text(v, "Name");
        Map<String, String> labels = stringMap(v.path("Labels"));
        boolean anonymous = labels.containsKey("com.docker.volume.anonymous") || GENERATED_NAME.matcher(name).matches();
        return new VolumeInfo(name, text(v, "Driver"), text(v, "Mountpoint"), time(text(v, "CreatedAt")),
                SessionOwnership.withoutSessionLabel(labels), stringMap(v.path("Options")), text(v, "Scope"), anonymous);
    }

    static NetworkInfo network(JsonNode n) {
        JsonNode ipam = n.path("IPAM").path("Config").path(0);
        Map<String, NetworkInfo.Attachment> containers = new LinkedHashMap<>();
        n.path("Containers").fields().forEachRemaining(e -> containers.put(e.getKey(), new NetworkInfo.Attachment(
                text(e.getValue(), "Name"), text(e.getValue(), "EndpointID"), text(e.getValue(), "MacAddress"),
                text(e.getValue(), "IPv4Address"))));
        return new NetworkInfo(text(n, "Name"), text(n, "Id"), time(text(n, "Created")), text(n, "Scope"), text(n, "Driver"),
                n.path("Internal").asBoolean(), n.path("Attachable").asBoolean(), text(ipam, "Subnet"), text(ipam, "Gateway"),
                containers, SessionOwnership.withoutSessionLabel(stringMap(n.path("Labels"))));
    }
}
