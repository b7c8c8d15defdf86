package io.dockertutor.engine.sim.build;

import io.dockertutor.engine.DiskUsage;
import io.dockertutor.engine.sim.catalog.FileSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builder's cache, keyed like BuildKit's: a step's key hashes its parent's key, the instruction as expanded,
 * what a RUN runs with (environment, user, directory, shell) and the content of the files a COPY or ADD reads. A
 * hit gives back the files and layers the step produced, with its original creation time, so an unchanged rebuild
 * gives the same image id.
 */
public final class BuildCache {
    /** What a step left behind. */
    record Entry(Map<String, FileSpec> files, Map<String, Long> sizes, List<BuildHost.Layer> layers, Instant created,
                 List<String> output) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    /** {@code docker builder prune}: forgets everything. */
    public void clear() {
        entries.clear();
    }

    /**
     * {@code docker builder prune}: forgets everything, answering one record per step (a regular layer, its id
     * BuildKit's 25 characters, its bytes, last used when it was made).
     */
    public List<DiskUsage.CacheRecord> prune() {
        List<DiskUsage.CacheRecord> records = entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new DiskUsage.CacheRecord(e.getKey().substring(7, 32), List.of(), "regular", "", false, false,
                        e.getValue().sizes().values().stream().mapToLong(Long::longValue).sum(), e.getValue().created(),
                        e.getValue().created(), 1))
                .toList();
        entries.clear();
        return records;
    }

    public int size() {
        return entries.size();
    }

    static String key(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
