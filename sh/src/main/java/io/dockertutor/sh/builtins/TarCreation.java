package io.dockertutor.sh.builtins;

import io.dockertutor.sh.FileView;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.ShellPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * {@code tar -c}: the operands (relative to {@code -C}) and everything below them, read through the session's file
 * view without following links, into the archive file or standard output. Directories are walked in name order
 * (GNU walks them as the disk lists them, which no simulation can repeat); the archive never contains itself.
 */
final class TarCreation {
    private final TarRun run;
    private Path archiveFile;

    TarCreation(TarRun run) {
        this.run = run;
    }

    int create(List<String> operands) throws TarRun.Fatal, IOException {
        if (run.toStandardStreams() && run.call.outIsTerminal()) {
            throw new TarRun.Fatal("Refusing to write archive contents to terminal (missing -f option?)");
        }
        String base = run.workingDirectory();
        if (!run.toStandardStreams()) {
            archiveFile = openArchiveFile();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream sink = run.gzip ? new GZIPOutputStream(bytes) : bytes;
             TarArchiveOutputStream tar = new TarArchiveOutputStream(sink)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_STAR);
            for (String operand : operands) {
                String shellPath = ShellPaths.normalize(base, operand);
                add(tar, operand, shellPath, operand.endsWith("/") || operand.endsWith("/."), true);
            }
        }
        if (archiveFile == null) {
            bytes.writeTo(run.call.out());
        } else {
            Files.write(archiveFile, bytes.toByteArray());
        }
        return run.status();
    }

    /** GNU opens (and empties) the archive before reading any file: a wrong place stops it at once. */
    private Path openArchiveFile() throws TarRun.Fatal {
        try {
            Path file = run.call.resolveEntry(run.archive);
            if (Files.isSymbolicLink(file)) {
                Files.delete(file); // never written through a link
            }
            Files.write(file, new byte[0]);
            return file;
        } catch (OutsideViewException e) {
            throw new TarRun.Fatal(run.archive + ": Cannot open: " + run.call.reason(e));
        } catch (IOException e) {
            throw new TarRun.Fatal(run.archive + ": Cannot open: " + Errors.describe(e));
        }
    }

    private void add(TarArchiveOutputStream tar, String typed, String shellPath, boolean follow, boolean top)
            throws IOException {
        FileView view = run.call.shell().files();
        Path p;
        BasicFileAttributes attrs;
        try {
            p = follow ? view.resolve(shellPath) : view.resolveEntry(shellPath);
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (OutsideViewException e) {
            run.error(typed + ": Cannot stat: " + run.call.reason(e));
            return;
        } catch (NoSuchFileException e) {
            run.error(typed + ": Cannot stat: No such file or directory");
            return;
        }
        String name = top ? run.saferName(typed) : typed;
        if (archiveFile != null && Files.isSameFile(p, archiveFile)) {
            run.call.err().println("tar: " + typed + ": file is the archive; not dumped");
            return;
        }
        TarArchiveEntry entry;
        if (attrs.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
            entry.setLinkName(Files.readSymbolicLink(p).toString());
            entry.setMode(0777);
        } else if (attrs.isDirectory()) {
            entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true);
            entry.setMode(mode(p, 0755));
        } else {
            entry = new TarArchiveEntry(name, true);
            entry.setMode(mode(p, 0644));
            entry.setSize(attrs.size());
        }
        LongFormat.Row owner = LongFormat.row(name, p, false);
        entry.setUserName(owner.owner());
        entry.setGroupName(owner.group());
        entry.setUserId(id(owner.owner()));
        entry.setGroupId(id(owner.group()));
        entry.setModTime(attrs.lastModifiedTime());
        PrintStream verbose = run.toStandardStreams() ? run.call.err() : run.call.out();
        if (run.verbose) {
            verbose.println(entry.getName());
        }
        tar.putArchiveEntry(entry);
        if (attrs.isRegularFile()) {
            Files.copy(p, tar);
        }
        tar.closeArchiveEntry();
        if (attrs.isDirectory()) {
            String prefix = entry.getName();
            for (Path child : LinkSafeTrees.children(p)) {
                String childName = child.getFileName().toString();
                add(tar, prefix + childName, shellPath + "/" + childName, false, false);
            }
        }
    }

    private static long id(String name) {
        String id = LongFormat.ids(name);
        return id.chars().allMatch(Character::isDigit) ? Long.parseLong(id) : 0;
    }

    private static int mode(Path p, int fallback) {
        try {
            int mode = 0;
            for (PosixFilePermission perm : Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)) {
                mode |= 0400 >> perm.ordinal(); // OWNER_READ first, OTHERS_EXECUTE last
            }
            return mode;
        } catch (UnsupportedOperationException | IOException e) {
            return fallback;
        }
    }
}
