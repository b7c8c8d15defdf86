package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code tee [-a] [FILE...]}: standard input to standard output and to every file. As in coreutils, all files
 * are opened (and refusals reported) before anything is copied, and a file that cannot be opened is skipped.
 */
final class Tee {
    private Tee() {
    }

    static int run(Invocation call) throws IOException {
        GnuOptions o;
        try {
            o = GnuOptions.parse(call.args(), "aip", "", Map.of("append", 'a', "ignore-interrupts", 'i'), true);
        } catch (GnuOptions.UsageException e) {
            return Usage.fail(call, e.getMessage(), 1);
        }
        int status = 0;
        List<OutputStream> files = new ArrayList<>();
        try {
            for (String f : o.operands()) {
                OutputStream s = open(call, f, o.has('a'));
                if (s == null) {
                    status = 1;
                } else {
                    files.add(s);
                }
            }
            byte[] data;
            try {
                data = call.in().readAllBytes();
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                return DirectoryReadWords.TEE.report(call, null); // the files are made, and stay empty
            }
            call.out().write(data);
            for (OutputStream s : files) {
                s.write(data);
            }
        } finally {
            for (OutputStream s : files) {
                s.close();
            }
        }
        return status;
    }

    private static OutputStream open(Invocation call, String f, boolean append) {
        switch (f) {
            case "/dev/null":
                return OutputStream.nullOutputStream();
            case "/dev/stdout":
                return unclosable(call.out());
            case "/dev/stderr":
                return unclosable(call.err());
            default:
                break;
        }
        try {
            Path p = call.resolve(f);
            if (Files.isDirectory(p)) {
                throw new IOException("Is a directory");
            }
            return append
                    ? Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    : Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (OutsideViewException e) {
            call.err().println("tee: " + Quoting.ifNeeded(f) + ": " + call.reason(e));
        } catch (IOException e) {
            String reason = e.getMessage() != null && e.getMessage().equals("Is a directory") ? e.getMessage()
                    : Errors.describe(e);
            call.err().println("tee: " + Quoting.ifNeeded(f) + ": " + reason);
        }
        return null;
    }

    private static OutputStream unclosable(OutputStream s) {
        return new java.io.FilterOutputStream(s) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
