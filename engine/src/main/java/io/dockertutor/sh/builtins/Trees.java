package io.dockertutor.sh.builtins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Copying and deleting whole trees, also between file systems (the disk and an in-memory mount). */
final class Trees {
    private Trees() {
    }

    static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(to)) {
                Files.createDirectory(to);
            }
            for (Path child : children(from)) {
                copy(child, to.resolve(child.getFileName().toString()));
            }
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void delete(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            for (Path child : children(p)) {
                delete(child);
            }
        }
        Files.delete(p);
    }

    static void move(Path from, Path to) throws IOException {
        if (from.getFileSystem() == to.getFileSystem()) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } else {
            copy(from, to);
            delete(from);
        }
    }

    static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> list = new ArrayList<>(s.toList());
            list.sort((a, b) -> Bytewise.compare(a.getFileName().toString(), b.getFileName().toString()));
            return list;
        }
    }
}
