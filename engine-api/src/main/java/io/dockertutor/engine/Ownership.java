package io.dockertutor.engine;

import java.util.List;

/**
 * Which objects on an engine the tutor created, so that it only ever cleans up its own and asks before a learner's
 * command touches anyone else's (a real engine is shared with the user's own work, or a classroom's).
 *
 * <p>A real engine labels every container, volume and network it creates with {@link #SESSION_LABEL}{@code =<session
 * id>} and remembers the images it pulled, built or tagged; the simulated engine holds nothing but the tutor's
 * objects ({@link #EVERYTHING}).
 *
 * <pre>{@code
 * Ownership own = engine.ownership();
 * if (!own.ownsContainer("web")) { ... ask before docker rm -f web ... }
 * own.cleanUp();   // reset: removes this session's objects, nothing else
 * }</pre>
 */
public interface Ownership {

    /** The label key every container, volume and network the tutor creates carries; its value is the session id. */
    String SESSION_LABEL = "io.docker-tutor.session";

    /** True when {@code nameOrId} is a container this session created (false for unknown names). */
    boolean ownsContainer(String nameOrId);

    boolean ownsVolume(String name);

    boolean ownsNetwork(String nameOrId);

    /** True when the image {@code referenceOrId} names was pulled, built or tagged by this session. */
    boolean ownsImage(String referenceOrId);

    /**
     * True when this session pulled, built or tagged {@code reference}, even if an image by that name was on the
     * engine before: what a lesson's image checks ask about, so that an image the user already had does not pass
     * for one the learner fetched (the session never removes such an image: see {@link #ownsImage}).
     */
    boolean touchedImage(String reference);

    /** The objects on the engine that are not this session's, for the start banner and confirmations. */
    Foreign foreign();

    /**
     * Removes what this session created (containers with their anonymous volumes, networks, volumes, the tags and
     * images it made) and nothing else; answers what it removed, each as {@code kind name}.
     */
    List<String> cleanUp();

    /**
     * Lesson mode on a shared engine: from now on this session sees the engine as if it held only its own objects.
     * Listings of containers, images, volumes and networks leave the others out ({@link #hiddenByLastListing()}
     * says how many), prunes remove only the session's, and a volume the session names like one of the learner's
     * is the session's own, kept apart under another name on the daemon. Nothing on an engine of the tutor's alone.
     */
    default void lessonScope(boolean on) {
    }

    /** Whether {@link #lessonScope} is on. */
    default boolean lessonScoped() {
        return false;
    }

    /** How many objects of others the last listing left out (lesson mode); 0 otherwise. */
    default int hiddenByLastListing() {
        return 0;
    }

    /** Objects that are not the tutor's; networks exclude the engine's own {@code bridge}, {@code host}, {@code none}. */
    record Foreign(List<String> containers, List<String> images, List<String> volumes, List<String> networks) {
        public Foreign {
            containers = List.copyOf(containers);
            images = List.copyOf(images);
            volumes = List.copyOf(volumes);
            networks = List.copyOf(networks);
        }

        public int total() {
            return containers.size() + images.size() + volumes.size() + networks.size();
        }
    }

    /** An engine that holds only the tutor's objects (the simulated one): everything is the tutor's. */
    Ownership EVERYTHING = new Ownership() {
        @Override
        public boolean ownsContainer(String nameOrId) {
            return true;
        }

        @Override
        public boolean ownsVolume(String name) {
            return true;
        }

        @Override
        public boolean ownsNetwork(String nameOrId) {
            return true;
        }

        @Override
        public boolean ownsImage(String referenceOrId) {
            return true;
        }

        @Override
        public boolean touchedImage(String reference) {
            return true;
        }

        @Override
        public Foreign foreign() {
            return new Foreign(List.of(), List.of(), List.of(), List.of());
        }

        @Override
        public List<String> cleanUp() {
            // The simulated engine is discarded and made anew instead.
            return List.of();
        }
    };
}
