package io.dockertutor.engine.sim.catalog;

import org.yaml.snakeyaml.nodes.Node;

/** One declared path of a file set or image, remembered with the YAML node that declared it (for errors). */
record FileEntry(String path, FileSpec spec, Node where) {
}
