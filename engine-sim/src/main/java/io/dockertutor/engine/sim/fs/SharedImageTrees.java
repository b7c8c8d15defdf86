package io.dockertutor.engine.sim.fs;

import io.dockertutor.engine.sim.catalog.FileSpec;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@link ImageTree} per image file map, found by the map's identity: every container of an image holds that
 * image's map, so a thousand {@code busybox} containers share one tree. Entries go when their map is no longer
 * used (the image and its last container are gone, and no snapshot holds them); identity, not equality, so that
 * finding a tree never hashes a whole image.
 */
final class SharedImageTrees {
    private static final Map<MapKey, ImageTree> TREES = new HashMap<>();
    private static final ReferenceQueue<Object> FORGOTTEN = new ReferenceQueue<>();

    private SharedImageTrees() {
    }

    static synchronized ImageTree treeOf(Map<String, FileSpec> files) {
        for (Object gone = FORGOTTEN.poll(); gone != null; gone = FORGOTTEN.poll()) {
            TREES.remove(gone);
        }
        ImageTree tree = TREES.get(new MapKey(files, null));
        if (tree == null) {
            tree = new ImageTree(files);
            TREES.put(new MapKey(files, FORGOTTEN), tree);
        }
        return tree;
    }

    /** A weak reference compared by the identity of what it refers to (a cleared one equals only itself). */
    private static final class MapKey extends WeakReference<Object> {
        private final int hash;

        MapKey(Object map, ReferenceQueue<Object> queue) {
            super(map, queue);
            this.hash = System.identityHashCode(map);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            return other instanceof MapKey key && referent != null && referent == key.get();
        }
    }
}
