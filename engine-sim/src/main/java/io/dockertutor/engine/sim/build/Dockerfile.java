package io.dockertutor.engine.sim.build;

import java.util.List;

/**
 * A parsed Dockerfile: its instructions in order, the escape character its directive chose, and its source text
 * (for the excerpt around an error).
 *
 * <pre>{@code
 * Dockerfile df = DockerfileParser.parse("FROM alpine:3.7\nUSER nobody\n");
 * df.instructions().get(1).keyword();   // "USER"
 * }</pre>
 */
public record Dockerfile(List<Instruction> instructions, char escape, String syntax, String source, List<String> warnings) {
    public Dockerfile {
        instructions = List.copyOf(instructions);
        warnings = List.copyOf(warnings);
    }
}
