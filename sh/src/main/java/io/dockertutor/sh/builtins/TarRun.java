package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * One {@code tar} command's settings and state, shared by listing, extraction and creation: where the archive is,
 * the directory of {@code -C}, whether an error was reported (then tar ends with status 2), and GNU's rule for
 * member names that would climb out of the extraction point.
 */
final class TarRun {
    final Invocation call;
    final String archive;
    final String directory;
    final boolean verbose;
    final boolean gzip;
    final int strip;
    private final Set<String> warnedPrefixes = new HashSet<>();
    private boolean failed;

    /** An error after which GNU tar stops at once ({@code Error is not recoverable: exiting now}). */
    static final class Fatal extends Exception {
        Fatal(String message) {
            super(message, null, false, false);
        }
    }

    TarRun(Invocation call, String archive, String directory, boolean verbose, boolean gzip, int strip) {
        this.call = call;
        this.archive = archive;
        this.directory = directory;
        this.verbose = verbose;
        this.gzip = gzip;
        this.strip = strip;
    }

    boolean toStandardStreams() {
        return archive.equals("-");
    }

    /** Reports an error that lets tar go on; the run then ends with GNU's closing line and status 2. */
    void error(String message) {
        call.err().println("tar: " + message);
        failed = true;
    }

    int status() {
        if (failed) {
            call.err().println("tar: Exiting with failure status due to previous errors");
            return 2;
        }
        return 0;
    }

    /** The shell path of {@code -C} (or the current directory), which must be a directory tar can enter. */
    String workingDirectory() throws Fatal {
        String cwd = call.shell().cwd();
        if (directory == null) {
            return cwd;
        }
        String dir = ShellPaths.normalize(cwd, directory);
        try {
            Path p = call.shell().files().resolve(dir);
            if (!Files.isDirectory(p)) {
                throw new Fatal(directory + ": Cannot open: "
                        + (Files.exists(p) ? "Not a directory" : "No such file or directory"));
            }
        } catch (OutsideViewException e) {
            throw new Fatal(directory + ": Cannot open: " + call.reason(e));
        }
        return dir;
    }

    /**
     * The archive's bytes, uncompressed. A gzip stream is read with {@code -z}, or without it from a file (GNU
     * looks at the file's first bytes); from a pipe without {@code -z} GNU refuses it.
     */
    byte[] readArchive() throws Fatal, IOException {
        byte[] bytes;
        if (toStandardStreams() || Inputs.isDevice(call, archive, "/dev/stdin")) {
            try {
                bytes = call.in().readAllBytes();
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                call.err().println("tar: " + archive + ": Cannot read: Is a directory"); // tar -f - < DIR
                throw new Fatal("At beginning of tape, quitting now");
            }
        } else if (Inputs.isDevice(call, archive, "/dev/null")) {
            bytes = new byte[0];
        } else {
            try {
                Path p = call.resolve(archive);
                if (Files.isDirectory(p)) {
                    call.err().println("tar: " + archive + ": Cannot read: Is a directory");
                    throw new Fatal("At beginning of tape, quitting now");
                }
                bytes = Files.readAllBytes(p);
            } catch (OutsideViewException e) {
                throw new Fatal(archive + ": Cannot open: " + call.reason(e));
            } catch (IOException e) {
                throw new Fatal(archive + ": Cannot open: " + Errors.describe(e));
            }
        }
        boolean gzipped = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        if (gzip && !gzipped) {
            call.err().println();
            call.err().println("gzip: stdin: not in gzip format");
            throw new Fatal("Child returned status 1");
        }
        if (gzipped && !gzip && toStandardStreams()) {
            throw new Fatal("Archive is compressed. Use -z option");
        }
        if (!gzipped) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            call.err().println("gzip: stdin: unexpected end of file");
            throw new Fatal("Child returned status 1");
        }
    }

    /**
     * GNU's {@code safer_name_suffix}: leading components up to the last {@code ..} and leading slashes go, each
     * such prefix announced once ({@code Removing leading `/' from member names}); an empty rest is {@code .}.
     */
    String saferName(String name) {
        int prefix = 0;
        int i = 0;
        while (i < name.length()) {
            if (name.startsWith("..", i) && (i + 2 == name.length() || name.charAt(i + 2) == '/')) {
                prefix = i + 2;
            }
            int slash = name.indexOf('/', i);
            i = slash < 0 ? name.length() : slash + 1;
        }
        while (prefix < name.length() && name.charAt(prefix) == '/') {
            prefix++;
        }
        if (prefix > 0 && warnedPrefixes.add(name.substring(0, prefix))) {
            call.err().println("tar: Removing leading `" + name.substring(0, prefix) + "' from member names");
        }
        String rest = name.substring(prefix);
        return rest.isEmpty() ? "." : rest;
    }

    /** Whether a member name has a {@code ..} component: GNU extracts no such member. */
    static boolean climbs(String name) {
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
