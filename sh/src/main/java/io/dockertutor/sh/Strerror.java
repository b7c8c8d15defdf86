package io.dockertutor.sh;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** strerror texts for the exceptions java.nio throws, as bash and coreutils print them. */
public final class Strerror {
    private Strerror() {
    }

    public static String of(IOException e) {
        if (e instanceof DirectoryReadException) {
            return "Is a directory";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null && !fse.getReason().isEmpty()) {
            String r = fse.getReason();
            return Character.toUpperCase(r.charAt(0)) + r.substring(1);
        }
        return "Input/output error";
    }
}
