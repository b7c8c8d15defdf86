package io.dockertutor.cli.command;

import io.dockertutor.gotext.GoSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Go structs of the CLI's inspect types, from {@code inspect-types.txt}, that {@code inspect -f} runs on. */
final class InspectTypes {
    static final GoSchema SCHEMA = load();

    private InspectTypes() {
    }

    private static GoSchema load() {
        try (InputStream in = InspectTypes.class.getResourceAsStream("inspect-types.txt")) {
            return GoSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
