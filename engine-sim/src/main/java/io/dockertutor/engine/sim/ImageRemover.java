package io.dockertutor.engine.sim;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageDeletion;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.engine.sim.catalog.LayerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DELETE /images/{name}} with the daemon's rules (moby daemon/images/image_delete.go): a reference is
 * untagged, and the image deleted once nothing names it; an id deletes the image and all its names when they
 * belong to one repository; containers using the image make soft (stopped) or hard (running) conflicts.
 */
final class ImageRemover {

    /** Who uses an image: the containers of the engine, as (short id, running) pairs. */
    interface ImageUsers {
        List<User> of(String imageId);
    }

    record User(String containerShortId, boolean running) {
    }

    private final ImageStore store;
    private final ImageUsers users;

    ImageRemover(ImageStore store, ImageUsers users) {
        this.store = store;
        this.users = users;
    }

    List<ImageDeletion> remove(String name, boolean force, boolean noPrune) {
        LocalImage image = store.get(name);
        List<ImageDeletion> records = new ArrayList<>();
        boolean byId = isIdPrefix(image, name);
        if (!byId) {
            ImageReference ref = ImageReference.parse(name);
            List<User> using = users.of(image.id());
            if (!force && !using.isEmpty() && singleReference(image)) {
                throw EngineException.conflict("conflict: unable to remove repository reference \"" + name
                        + "\" (must force) - container " + using.get(0).containerShortId()
                        + " is using its referenced image " + image.shortId());
            }
            image = untag(image, ref, records);
            if (ref.digest() == null) {
                image = untagDigestsOf(image, ref.familiarRepository(), records);
            }
            if (names(image) > 0) {
                return records;
            }
            return delete(image, force, true, records);
        }
        if (names(image) > 0) {
            if (!force && !singleReference(image)) {
                throw EngineException.conflict("conflict: unable to delete " + image.shortId()
                        + " (must be forced) - image is referenced in multiple repositories");
            }
        }
        return delete(image, force, false, records);
    }

    private List<ImageDeletion> delete(LocalImage image, boolean force, boolean quiet, List<ImageDeletion> records) {
        List<User> using = users.of(image.id());
        Optional<User> running = using.stream().filter(User::running).findFirst();
        Optional<User> stopped = using.stream().filter(u -> !u.running()).findFirst();
        if (running.isPresent() || (!force && stopped.isPresent())) {
            if (quiet) {
                return records;
            }
            if (running.isPresent()) {
                throw EngineException.conflict("conflict: unable to delete " + image.shortId()
                        + " (cannot be forced) - image is being used by running container " + running.get().containerShortId());
            }
            throw EngineException.conflict("conflict: unable to delete " + image.shortId()
                    + " (must be forced) - image is being used by stopped container " + stopped.get().containerShortId());
        }
        // The reference store lists an image's names in byte order of their full form: tags before digests of a repository.
        List<String> names = new ArrayList<>(image.repoTags());
        names.addAll(image.repoDigests());
        names.sort(null);
        names.forEach(n -> records.add(ImageDeletion.untagged(n)));
        store.remove(image);
        records.add(ImageDeletion.deleted(image.id()));
        if (!using.isEmpty()) {
            // A container still stands on these layers (forced removal): only the image record goes.
            return records;
        }
        for (LayerSpec layer : store.dropUnusedLayers(image.layers())) {
            records.add(ImageDeletion.deleted(layer.diffId()));
        }
        return records;
    }

    private LocalImage untag(LocalImage image, ImageReference ref, List<ImageDeletion> records) {
        if (ref.digest() != null && ref.tag() == null) {
            String name = ref.familiarRepository() + "@" + ref.digest();
            List<String> digests = new ArrayList<>(image.repoDigests());
            digests.remove(name);
            records.add(ImageDeletion.untagged(name));
            image = image.withNames(image.repoTags(), digests, image.lastTagTime());
        } else {
            records.add(ImageDeletion.untagged(ref.familiar()));
            image = image.withTagRemoved(ref.familiar());
        }
        store.put(image);
        return image;
    }

    private LocalImage untagDigestsOf(LocalImage image, String repository, List<ImageDeletion> records) {
        boolean tagInRepo = image.repoTags().stream().anyMatch(t -> t.startsWith(repository + ":"));
        if (tagInRepo) {
            return image;
        }
        List<String> digests = new ArrayList<>();
        for (String digest : image.repoDigests()) {
            if (digest.startsWith(repository + "@")) {
                records.add(ImageDeletion.untagged(digest));
            } else {
                digests.add(digest);
            }
        }
        LocalImage updated = image.withNames(image.repoTags(), digests, image.lastTagTime());
        store.put(updated);
        return updated;
    }

    private static int names(LocalImage image) {
        return image.repoTags().size() + image.repoDigests().size();
    }

    /**
     * moby's {@code isSingleReference}: the image has one name, or one tag at most with every digest reference in that
     * tag's repository. Two tags are not single even in one repository ({@code mybox:v1} and {@code mybox:v2}):
     * removing such an image by id is "referenced in multiple repositories", and untagging one of them while a
     * container uses the image needs no force.
     */
    private static boolean singleReference(LocalImage image) {
        List<String> tags = image.repoTags();
        List<String> digests = image.repoDigests();
        if (tags.size() + digests.size() <= 1) {
            return tags.size() + digests.size() == 1;
        }
        if (tags.size() > 1) {
            return false;
        }
        String single = tags.isEmpty() ? digests.get(0).substring(0, digests.get(0).indexOf('@'))
                : tags.get(0).substring(0, tags.get(0).lastIndexOf(':'));
        java.util.Set<String> canonical = new java.util.HashSet<>();
        digests.forEach(d -> canonical.add(d.substring(0, d.indexOf('@'))));
        return canonical.size() == 1 && canonical.contains(single);
    }

    private static boolean isIdPrefix(LocalImage image, String name) {
        String hex = EngineIds.hex(name);
        return hex.matches("[0-9a-f]+") && EngineIds.hex(image.id()).startsWith(hex);
    }
}
