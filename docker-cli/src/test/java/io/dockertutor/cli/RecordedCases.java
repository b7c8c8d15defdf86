package io.dockertutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Commands recorded on the lab engine, one block each ({@code cmd ARGS}, {@code status N}, {@code stdout TEXT} and
 * {@code stderr TEXT} lines; other lines are comments), read from a resource next to the tests.
 */
record RecordedCases(String command, int status, String stdout, String stderr) {
    @Override
    public String toString() {
        return command;
    }

    static Stream<RecordedCases> read(String resource) {
        String text;
        try (InputStream in = RecordedCases.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RecordedCases> cases = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            String command = null;
            int status = 0;
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("cmd ")) {
                    command = "docker " + line.substring(4);
                } else if (line.startsWith("status ")) {
                    status = Integer.parseInt(line.substring(7));
                } else if (line.startsWith("stdout ")) {
                    out.append(line.substring(7)).append('\n');
                } else if (line.startsWith("stderr ")) {
                    err.append(line.substring(7)).append('\n');
                }
            }
            if (command != null) {
                cases.add(new RecordedCases(command, status, out.toString(), err.toString()));
            }
        }
        return cases.stream();
    }
}
