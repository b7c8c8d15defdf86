package io.dockertutor.checker;

import io.dockertutor.engine.EngineException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** {@code file: {container, path}}: through the engine's archive calls, as {@code docker cp} reads files. */
final class FileChecks {
    private FileChecks() {
    }

    static Optional<String> check(Assertion.FileIs a, CheckContext ctx) {
        if (Lookups.container(ctx, a.container()).isEmpty()) {
            return Optional.of(CheckerMessages.get(ctx, "container.missing", a.container()));
        }
        boolean exists;
        try {
            ctx.engine().statPath(a.container(), a.path());
            exists = true;
        } catch (EngineException e) {
            if (e.kind() != EngineException.Kind.NOT_FOUND) {
                throw e;
            }
            exists = false;
        }
        if (a.absent()) {
            return exists ? Optional.of(CheckerMessages.get(ctx, "file.present", a.path(), a.container())) : Optional.empty();
        }
        if (!exists) {
            return Optional.of(CheckerMessages.get(ctx, "file.missing", a.path(), a.container()));
        }
        if (a.contains() != null && !content(ctx, a).contains(a.contains())) {
            return Optional.of(CheckerMessages.get(ctx, "file.contains", a.path(), a.container(), a.contains()));
        }
        return Optional.empty();
    }

    private static String content(CheckContext ctx, Assertion.FileIs a) {
        byte[] tar = ctx.engine().getArchive(a.container(), a.path());
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isFile()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
