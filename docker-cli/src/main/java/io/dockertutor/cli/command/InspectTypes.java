package io.dockertutor.cli.command;

import io.dockertutor.gotext.GoSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Go structs of the CLI's inspect types (container, image, volume, network), from {@code inspect-types.txt}. */
final class InspectTypes {
    static final GoSchema SCHEMA = load("inspect-types.txt");
    /** {@code docker version} and {@code docker info}'s structs, from {@code client-types.txt}. */
    static final GoSchema CLIENT = load("client-types.txt");

    private InspectTypes() {
    }

    /** The Go type the CLI decodes an inspect answer of this kind into. */
    static String goType(String kind) {
        return switch (kind) {
            case "container" -> "container.InspectResponse";
            case "image" -> "image.InspectResponse";
            case "volume" -> "volume.Volume";
            case "network" -> "network.Inspect";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static GoSchema load(String resource) {
        try (InputStream in = InspectTypes.class.getResourceAsStream(resource)) {
            return GoSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
