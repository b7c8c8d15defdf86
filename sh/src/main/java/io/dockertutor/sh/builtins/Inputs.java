package io.dockertutor.sh.builtins;

import io.dockertutor.sh.DirectoryReadException;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading a command's input files (or stdin for none or "-"), and splitting text into lines. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The bytes of one operand; throws with the strerror text (or the file view's reason) as message, and
     * {@link DirectoryReadException} for a directory (as the operand, or as the standard input).
     */
    static byte[] read(Invocation call, String operand) throws IOException {
        if (operand.equals("-") || isDevice(call, operand, "/dev/stdin")) {
            return call.in().readAllBytes();
        }
        if (isDevice(call, operand, "/dev/null")) {
            return new byte[0];
        }
        Path p;
        try {
            p = call.resolve(operand);
        } catch (OutsideViewException e) {
            throw new IOException(call.reason(e));
        }
        if (Files.isDirectory(p)) {
            throw new DirectoryReadException();
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IOException(Errors.describe(e));
        }
    }

    /**
     * Whether {@code operand} names {@code device} ({@code /dev/null}, {@code /dev/stdin}): devices every system has,
     * on the host and in every container (docker mounts /dev), which no file view holds as files.
     */
    static boolean isDevice(Invocation call, String operand, String device) {
        return call.shell().files().absolute(call.shell().cwd(), operand).equals(device);
    }

    /** Lines including their {@code \n}; a last line without one stays without. */
    static List<String> linesWithEnds(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Lines without their terminators. */
    static List<String> lines(byte[] data) {
        List<String> lines = linesWithEnds(data);
        lines.replaceAll(l -> l.endsWith("\n") ? l.substring(0, l.length() - 1) : l);
        return lines;
    }

    /** Rewrites the obsolete {@code -5} into {@code -n 5}, as head and tail still accept it. */
    static List<String> legacyCount(List<String> args) {
        List<String> out = new ArrayList<>();
        boolean options = true;
        for (String a : args) {
            if (options && a.matches("-[0-9]+")) {
                out.add("-n");
                out.add(a.substring(1));
            } else {
                if (a.equals("--")) {
                    options = false;
                }
                out.add(a);
            }
        }
        return out;
    }
}
