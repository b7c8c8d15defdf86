package io.dockertutor.engine.docker;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.NetworkInfo;
import io.dockertutor.engine.NetworkSpec;
import io.dockertutor.engine.Pruned;
import io.dockertutor.engine.VolumeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Volumes and networks on the real engine; every one the tutor creates carries its session label. */
final class RealVolumesNetworks {
    private final ApiJson api;
    private final DaemonErrors errors;
    private final SessionOwnership ownership;
    private final boolean pruneKeepsNamedVolumes;

    /** {@code apiVersion}: the daemon's, as {@code 1.41}; from 1.42 on, volume prune needs {@code all} for named ones. */
    RealVolumesNetworks(ApiJson api, DaemonErrors errors, SessionOwnership ownership, String apiVersion) {
        this.api = api;
        this.errors = errors;
        this.ownership = ownership;
        this.pruneKeepsNamedVolumes = apiMinor(apiVersion) >= 42;
    }

    static int apiMinor(String apiVersion) {
        try {
            return Integer.parseInt(apiVersion.substring(apiVersion.indexOf('.') + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** In lesson mode a name one of the learner's volumes has is given to the session's own volume (LessonScope). */
    VolumeInfo createVolume(String name, String driver, Map<String, String> labels, Map<String, String> options) {
        ObjectNode body = ApiJson.object();
        if (name != null && !name.isEmpty()) {
            body.put("Name", ownership.scope().volume(name, ownership::foreignVolume));
        }
        body.put("Driver", driver == null || driver.isEmpty() ? "local" : driver);
        ObjectNode l = body.putObject("Labels");
        ownership.label(labels == null ? Map.of() : labels).forEach(l::put);
        ObjectNode o = body.putObject("DriverOpts");
        if (options != null) {
            options.forEach(o::put);
        }
        return StorageRecords.volume(scope().shown(errors.call(() -> api.send("POST", "/volumes/create", body))));
    }

    List<VolumeInfo> listVolumes(Filters filters) {
        LessonScope scope = scope();
        String q = ApiJson.filters(scope.filters(filters, "name"));
        List<JsonNode> found = new ArrayList<>();
        errors.call(() -> api.get("/volumes" + (q.isEmpty() ? "" : "?" + q))).path("Volumes").forEach(found::add);
        List<VolumeInfo> out = new ArrayList<>();
        scope.keep(found, scope::mineVolume).forEach(v -> out.add(StorageRecords.volume(scope.shown(v))));
        return out;
    }

    VolumeInfo inspectVolume(String name) {
        LessonScope scope = scope();
        try {
            return StorageRecords.volume(scope.shown(errors.call(() -> api.get("/volumes/" + ApiJson.encode(scope.volume(name, ownership::foreignVolume))))));
        } catch (EngineException e) {
            throw scope.shown(e);
        }
    }

    void removeVolume(String name, boolean force) {
        LessonScope scope = scope();
        try {
            errors.run(() -> api.send("DELETE", "/volumes/" + ApiJson.encode(scope.volume(name, ownership::foreignVolume)) + "?force=" + force, null));
        } catch (EngineException e) {
            throw scope.shown(e);
        }
    }

    private LessonScope scope() {
        return ownership.scope();
    }

    /** API 1.42+ prunes only anonymous volumes unless {@code all=true}; Engine 20.10 (1.41) prunes every unused one. */
    Pruned pruneVolumes(Filters filters, boolean all) {
        Filters effective = scope().onlyMine(filters);
        if (all && pruneKeepsNamedVolumes) {
            Map<String, List<String>> values = new java.util.LinkedHashMap<>(filters.values());
            values.put("all", List.of("true"));
            effective = new Filters(values);
        }
        String q = ApiJson.filters(effective);
        JsonNode r = errors.call(() -> api.send("POST", "/volumes/prune" + (q.isEmpty() ? "" : "?" + q), null));
        List<String> deleted = new ArrayList<>(ApiJson.strings(scope().shown(r).path("VolumesDeleted")));
        if (scope().on() && !filters.values().containsKey("label")) {
            // The session's anonymous volumes carry no label: the ones no container uses go as well.
            String dangling = ApiJson.filters(new Filters(Map.of("dangling", List.of("true"))));
            for (JsonNode v : errors.call(() -> api.get("/volumes?" + dangling)).path("Volumes")) {
                String name = ApiJson.text(v, "Name");
                if (scope().anonymous(name)) {
                    errors.run(() -> api.send("DELETE", "/volumes/" + ApiJson.encode(name), null));
                    deleted.add(name);
                }
            }
        }
        return new Pruned(deleted, r.path("SpaceReclaimed").asLong());
    }

    String createNetwork(NetworkSpec spec) {
        ObjectNode body = ApiJson.object();
        body.put("Name", spec.name());
        body.put("CheckDuplicate", true);
        body.put("Driver", spec.driver());
        body.put("Internal", spec.internal());
        body.put("Attachable", spec.attachable());
        body.put("Ingress", spec.ingress());
        if (!spec.configFrom().isEmpty()) {
            body.putObject("ConfigFrom").put("Network", spec.configFrom());
        }
        ObjectNode l = body.putObject("Labels");
        ownership.label(spec.labels()).forEach(l::put);
        if (spec.subnet() != null || spec.gateway() != null) {
            ObjectNode c = body.putObject("IPAM").putArray("Config").addObject();
            if (spec.subnet() != null) {
                c.put("Subnet", spec.subnet());
            }
            if (spec.gateway() != null) {
                c.put("Gateway", spec.gateway());
            }
        }
        return ApiJson.text(errors.call(() -> api.send("POST", "/networks/create", body)), "Id");
    }

    List<NetworkInfo> listNetworks(Filters filters) {
        String q = ApiJson.filters(filters);
        List<JsonNode> found = new ArrayList<>();
        errors.call(() -> api.get("/networks" + (q.isEmpty() ? "" : "?" + q))).forEach(found::add);
        List<NetworkInfo> out = new ArrayList<>();
        scope().keep(found, scope()::mineOrPredefined).forEach(n -> out.add(StorageRecords.network(n)));
        return out;
    }

    NetworkInfo inspectNetwork(String name) {
        return StorageRecords.network(errors.call(() -> api.get("/networks/" + ApiJson.encode(name))));
    }

    void removeNetwork(String name) {
        errors.run(() -> api.send("DELETE", "/networks/" + ApiJson.encode(name), null));
    }

    void connect(String network, String container, io.dockertutor.engine.EndpointSpec spec) {
        ObjectNode body = ApiJson.object();
        body.put("Container", container);
        ObjectNode endpoint = body.putObject("EndpointConfig");
        ObjectNode ipam = endpoint.putObject("IPAMConfig"); // as docker/cli's runConnect sends it, empty or not
        if (!spec.ipv4Address().isEmpty()) {
            ipam.put("IPv4Address", spec.ipv4Address());
        }
        if (!spec.ipv6Address().isEmpty()) {
            ipam.put("IPv6Address", spec.ipv6Address());
        }
        if (!spec.aliases().isEmpty()) {
            spec.aliases().forEach(endpoint.putArray("Aliases")::add);
        }
        errors.run(() -> api.send("POST", "/networks/" + ApiJson.encode(network) + "/connect", body));
    }

    void disconnect(String network, String container, boolean force) {
        ObjectNode body = ApiJson.object();
        body.put("Container", container);
        body.put("Force", force);
        errors.run(() -> api.send("POST", "/networks/" + ApiJson.encode(network) + "/disconnect", body));
    }

    Pruned pruneNetworks(Filters filters) {
        String q = ApiJson.filters(scope().onlyMine(filters));
        JsonNode r = errors.call(() -> api.send("POST", "/networks/prune" + (q.isEmpty() ? "" : "?" + q), null));
        return new Pruned(ApiJson.strings(r.path("NetworksDeleted")), 0);
    }

}
