package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.progress.ProgressFile;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in the learner's language and in a few words: Java's exceptions name only
 * the path ({@code AccessDeniedException: /x}) or carry the system's English reason.
 */
final class FileFailure {
    private FileFailure() {
    }

    static String reason(IOException e, TutorMessages m) {
        if (e instanceof ProgressStore.NotSaved n && n.getCause() instanceof IOException cause) {
            return reason(cause, m);
        }
        if (e instanceof ProgressFile.NotAProgressFile n) {
            return switch (n.kind()) {
                case DIRECTORY -> m.get("io.isDirectory");
                case NOT_REGULAR, TOO_LARGE -> m.get("io.notRegular");
            };
        }
        if (e instanceof AccessDeniedException) {
            return m.get("io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return m.get("io.noSuchFile");
        }
        // createDirectories over a file says the file "already exists": what it means is that it is no directory.
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return m.get("io.notDirectory");
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (why == null) {
            return e.getClass().getSimpleName();
        }
        return switch (why) {
            case "Permission denied" -> m.get("io.denied");
            case "Not a directory" -> m.get("io.notDirectory");
            case "Is a directory" -> m.get("io.isDirectory");
            case "Read-only file system" -> m.get("io.readOnly");
            case "No space left on device" -> m.get("io.noSpace");
            default -> why;
        };
    }
}
