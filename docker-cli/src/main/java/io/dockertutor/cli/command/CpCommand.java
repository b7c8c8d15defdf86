package io.dockertutor.cli.command;

import io.dockertutor.engine.GoUnits;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.PathStat;
import io.dockertutor.engine.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import io.dockertutor.sh.ShellPaths;
import java.util.List;

/**
 * {@code docker cp}: between a container ({@code NAME:PATH}) and the learner's files, in either direction, with
 * moby's copy rules ({@code archive.PrepareArchiveCopy}) and docker's closing line on standard error,
 * {@code Successfully copied 2.05kB to /abs/path} (the size of the tar stream, as docker counts it), which docker
 * prints only when standard error is a terminal.
 */
final class CpCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String[] src = split(cmd.args().get(0));
        String[] dst = split(cmd.args().get(1));
        if (src[0] != null && dst[0] != null) {
            ctx.err().println("copying between containers is not supported");
            return 1;
        }
        if (src[0] == null && dst[0] == null) {
            ctx.err().println("must specify at least one container source");
            return 1;
        }
        try {
            if (src[0] != null && dst[1].equals("-")) {
                byte[] tar = ctx.engine().getArchive(src[0], src[1]); // the tar stream itself, as docker writes it
                ctx.out().write(tar, 0, tar.length);
                ctx.out().flush();
                return 0;
            }
            if (dst[0] != null && src[1].equals("-")) {
                if (!isDirectory(ctx, dst[0], dst[1])) {
                    ctx.err().println("destination \"" + dst[0] + ":" + dst[1] + "\" must be a directory");
                    return 1;
                }
                byte[] tar;
                try {
                    tar = ctx.in() == null ? new byte[0] : ctx.in().readAllBytes();
                } catch (io.dockertutor.sh.DirectoryReadException e) {
                    java.util.Map<String, java.util.List<String>> query = new java.util.HashMap<>(java.util.Map.of(
                            "noOverwriteDirNonDir", java.util.List.of("true"), "path", java.util.List.of(dst[1])));
                    if (cmd.bool("archive")) {
                        query.put("copyUIDGID", java.util.List.of("true"));
                    }
                    ctx.err().println(RequestBodyError.directory(ctx, "PUT", "/containers/" + dst[0] + "/archive", query,
                            "/dev/stdin"));
                    return 1;
                }
                ctx.engine().putArchive(dst[0], dst[1], tar);
                return 0;
            }
            return src[0] != null ? fromContainer(cmd, ctx, src[0], src[1], dst[1]) : toContainer(cmd, ctx, src[1], dst[0], dst[1]);
        } catch (IOException e) {
            ctx.err().println(e.getMessage());
            return 1;
        }
    }

    private int fromContainer(ParsedCommand cmd, CliContext ctx, String container, String srcPath, String local) throws IOException {
        String shown = displayPath(ctx, local);
        // docker follows a destination that is a link; the view follows it only inside the workspace
        Path dstPath = ctx.files().resolve(local);
        byte[] tar = ctx.engine().getArchive(container, srcPath);
        boolean srcIsDir = HostArchive.topIsDirectory(tar);
        String srcBase = base(srcPath);
        String dstShell = ctx.files().realShellPath(local); // the same place, addressed through the view
        List<HostArchive.SkippedLink> skipped;
        if (Files.isDirectory(dstPath, LinkOption.NOFOLLOW_LINKS)) {
            skipped = HostArchive.untar(tar, srcBase, srcBase, dstShell, ctx.files());
        } else if (Files.exists(dstPath, LinkOption.NOFOLLOW_LINKS)) {
            if (srcIsDir) {
                ctx.err().println("cannot copy directory");
                return 1;
            }
            skipped = HostArchive.untar(tar, srcBase, dstPath.getFileName().toString(), parentOf(dstShell), ctx.files());
        } else {
            if (!Files.isDirectory(dstPath.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                ctx.err().println("lstat " + parentOf(shown) + ": no such file or directory");
                return 1;
            }
            if (!srcIsDir && (local.endsWith("/") || local.endsWith("/."))) {
                ctx.err().println("no such directory");
                return 1;
            }
            skipped = HostArchive.untar(tar, srcBase, dstPath.getFileName().toString(), parentOf(dstShell), ctx.files());
        }
        // a link the tutor will not restore is named, and the rest of the copy stands: docker itself exits 0 here,
        // so a lesson's solution still passes; the learner reads why the link is missing
        for (HostArchive.SkippedLink link : skipped) {
            ctx.err().println(DockerCli.message(ctx, "cp.linkNotRestored", link.path(), link.target(),
                    ctx.files().workspace()));
        }
        if (!cmd.bool("quiet") && ctx.terminal()) {
            ctx.err().println("Successfully copied " + GoUnits.humanSize(tar.length) + " to " + shown);
        }
        return 0;
    }

    private int toContainer(ParsedCommand cmd, CliContext ctx, String local, String container, String dstPath) throws IOException {
        String shown = displayPath(ctx, local);
        // without -L a link named as the source is sent as a link, as docker does; its target is never read
        boolean follow = cmd.bool("follow-link") || local.endsWith("/.") || local.endsWith("/") || local.equals(".");
        Path source = follow ? ctx.files().resolve(local) : ctx.files().resolveEntry(local);
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            ctx.err().println("lstat " + stripDot(shown) + ": no such file or directory");
            return 1;
        }
        boolean srcIsDir = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
        String srcBase = local.endsWith("/.") || local.equals(".") ? "." : ShellPaths.baseName(stripDot(shown));
        byte[] tar = HostArchive.tar(source, srcBase);
        PathStat stat = null;
        try {
            stat = ctx.engine().statPath(container, dstPath);
        } catch (EngineException e) {
            // copyToContainer ignores any stat error, a missing container's too: the copy itself reports that
            stat = null;
        }
        String dstDir;
        if (stat != null && stat.directory()) {
            dstDir = dstPath;
        } else if (stat != null && srcIsDir) {
            ctx.err().println("cannot copy directory");
            return 1;
        } else if (stat == null && !srcIsDir && (dstPath.endsWith("/") || dstPath.endsWith("/."))) {
            ctx.err().println("no such directory");
            return 1;
        } else {
            dstDir = parentOf(dstPath);
            tar = HostArchive.retar(tar, srcBase, base(dstPath));
        }
        ctx.engine().putArchive(container, dstDir, tar);
        if (!cmd.bool("quiet") && ctx.terminal()) {
            ctx.err().println("Successfully copied " + GoUnits.humanSize(tar.length) + " to " + container + ":" + dstPath);
        }
        return 0;
    }

    /** The destination's stat as copyToContainer reads it: any error (no such container, no such path) is "not a directory". */
    private static boolean isDirectory(CliContext ctx, String container, String path) {
        try {
            return ctx.engine().statPath(container, path).directory();
        } catch (EngineException e) {
            return false;
        }
    }

    /** docker's {@code splitCpArg}: absolute or dot-led paths are local; otherwise {@code NAME:PATH} names a container. */
    static String[] split(String arg) {
        if (arg.startsWith("/")) {
            return new String[] {null, arg};
        }
        int colon = arg.indexOf(':');
        if (colon < 0 || arg.startsWith(".")) {
            return new String[] {null, arg};
        }
        return new String[] {arg.substring(0, colon), arg.substring(colon + 1)};
    }

    /** {@code resolveLocalPath}: absolute and cleaned, keeping a trailing {@code /.} or {@code /} as typed. */
    static String displayPath(CliContext ctx, String typed) {
        String abs = ctx.workingDirectory().resolve(typed).normalize().toString();
        boolean dotEnd = typed.equals(".") || typed.endsWith("/.");
        if (dotEnd && !abs.endsWith("/.")) {
            abs = (abs.endsWith("/") ? abs : abs + "/") + ".";
        } else if (typed.endsWith("/") && !abs.endsWith("/")) {
            abs = abs + "/";
        }
        return abs;
    }

    private static String stripDot(String p) {
        return p.endsWith("/.") ? p.substring(0, p.length() - 2) : p;
    }

    static String base(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    static String parentOf(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : p.substring(0, slash);
    }
}
