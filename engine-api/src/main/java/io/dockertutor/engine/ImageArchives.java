package io.dockertutor.engine;

import java.util.List;

/**
 * The engine calls that turn containers and images into archives and archives into images: {@code docker commit},
 * {@code save}, {@code load}, {@code export} and {@code import}. Errors are the daemon's ({@link EngineException}).
 *
 * <pre>{@code
 * ImageArchives archives = engine.imageArchives();
 * String id = archives.commit("web", new CommitRequest("web:snapshot", "", "", List.of(), true));
 * byte[] tar = archives.save(List.of("web:snapshot"));
 * }</pre>
 */
public interface ImageArchives {

    /** {@code POST /commit}: the container's writable layer on top of its image, as a new image; answers its id. */
    String commit(String container, CommitRequest request);

    /** {@code GET /images/get}: the images (references or ids) as one {@code docker save} tar stream. */
    byte[] save(List<String> names);

    /**
     * {@code POST /images/load}: the images of a {@code docker save} tar stream; answers what the daemon prints
     * ({@code Loaded image: busybox:latest}). A stream that is no such archive fails as the daemon's does.
     */
    List<String> load(byte[] tar);

    /** {@code GET /containers/{id}/export}: the container's whole file system as a tar stream. */
    byte[] export(String container);

    /**
     * {@code POST /images/create?fromSrc=-}: a one-layer image of the tar stream's files, tagged {@code reference}
     * when not null, with {@code message} as its history's comment and {@code changes} applied to its config.
     */
    String importImage(byte[] tar, String reference, String message, List<String> changes);
}
