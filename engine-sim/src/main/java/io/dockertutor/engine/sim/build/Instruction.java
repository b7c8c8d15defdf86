package io.dockertutor.engine.sim.build;

import java.util.List;
import java.util.Map;

/**
 * One Dockerfile instruction as the parser read it.
 *
 * @param keyword   the instruction in upper case ({@code RUN})
 * @param typed     the instruction word as written ({@code run}), for lint messages
 * @param flags     {@code --from=builder}, {@code --chown=...}: name to value (a flag without value maps to "")
 * @param rest      the text after the keyword and flags, continuation lines joined
 * @param json      true when {@code rest} was a JSON array ({@code ["./go-app"]})
 * @param words     the JSON array's strings, or {@code rest} split on white space
 * @param startLine first line (1-based) in the Dockerfile
 * @param endLine   last line, past any continuation lines
 */
public record Instruction(String keyword, String typed, Map<String, String> flags, String rest, boolean json,
                          List<String> words, int startLine, int endLine) {
    public Instruction {
        flags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flags));
        words = List.copyOf(words);
    }

    /** The instruction as BuildKit names it in progress and history ({@code COPY ./main.go ./}). */
    public String display() {
        StringBuilder sb = new StringBuilder(keyword);
        flags.entrySet()
                .forEach(f -> sb.append(" --").append(f.getKey()).append(f.getValue().isEmpty() ? "" : "=" + f.getValue()));
        return rest.isEmpty() ? sb.toString() : sb.append(' ').append(rest).toString();
    }
}
