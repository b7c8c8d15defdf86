package io.dockertutor.cli.command;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CLI's {@code --env-file} and {@code --label-file} reader ({@code opts.ParseEnvFile}): one {@code KEY=value}
 * per line, leading blanks trimmed, {@code #} comments and blank lines skipped, a UTF-8 BOM ignored. A bare
 * {@code KEY} of an env file takes the client's value (the practice shell's exported variable), and is dropped
 * when there is none, as Docker drops variables that are not set; a label file has no such lookup.
 */
final class KeyValueFiles {
    private KeyValueFiles() {
    }

    /** Reads {@code name} as typed, through the learner's files; failures carry Go's texts. */
    static List<String> read(String name, HostFiles files) throws OptionError {
        return read(name, files, Map.of());
    }

    /** An env file: bare names are looked up in {@code clientEnv}. */
    static List<String> read(String name, HostFiles files, Map<String, String> clientEnv) throws OptionError {
        Path path = files.resolve(name);
        byte[] bytes;
        try {
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new OptionError("read " + name + ": is a directory");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new OptionError("open " + name + ": no such file or directory");
        } catch (IOException e) {
            throw new OptionError(Files.isDirectory(path) ? "read " + name + ": is a directory" : "open " + name + ": permission denied");
        }
        return parse(name, bytes, clientEnv);
    }

    static List<String> parse(String name, byte[] bytes) throws OptionError {
        return parse(name, bytes, Map.of());
    }

    static List<String> parse(String name, byte[] bytes, Map<String, String> clientEnv) throws OptionError {
        List<String> out = new ArrayList<>();
        List<byte[]> lines = splitLines(bytes);
        for (int n = 0; n < lines.size(); n++) {
            String line;
            try {
                line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(lines.get(n))).toString();
            } catch (CharacterCodingException e) {
                throw new OptionError("env file " + name + " contains invalid utf8 bytes at line " + (n + 1) + ": " + goBytes(lines.get(n)));
            }
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.stripLeading();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String variable = (eq < 0 ? line : line.substring(0, eq)).replaceFirst("^[ \t]+", "");
            if (variable.contains(" ") || variable.contains("\t")) {
                throw new OptionError("poorly formatted environment: variable '" + variable + "' contains whitespaces");
            }
            if (variable.isEmpty()) {
                throw new OptionError("poorly formatted environment: no variable name on line '" + line + "'");
            }
            if (eq >= 0) {
                out.add(variable + "=" + line.substring(eq + 1));
            } else if (clientEnv.containsKey(variable.strip())) {
                out.add(variable.strip() + "=" + clientEnv.get(variable.strip()));
            }
        }
        return out;
    }

    /** bufio.ScanLines: split at \n, drop a \r before it, no empty last line. */
    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i) {
                    break;
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(java.util.Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    private static String goBytes(byte[] b) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) {
            s.append(i == 0 ? "" : " ").append(b[i] & 0xff);
        }
        return s.append(']').toString();
    }
}
