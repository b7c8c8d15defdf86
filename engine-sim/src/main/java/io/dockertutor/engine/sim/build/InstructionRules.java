package io.dockertutor.engine.sim.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each instruction accepts, with the messages of BuildKit's {@code frontend/dockerfile/instructions} (checked
 * against a real engine's builder, which uses the same package): argument counts, known flags, stage names,
 * ONBUILD triggers and HEALTHCHECK durations.
 */
final class InstructionRules {
    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "FROM", Set.of("platform"),
            "RUN", Set.of("mount", "network", "security"),
            "COPY", Set.of("from", "chown", "chmod", "link", "parents", "exclude"),
            "ADD", Set.of("chown", "chmod", "link", "checksum", "keep-git-dir", "exclude"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries"));

    private InstructionRules() {
    }

    static void check(Instruction ins) {
        Set<String> allowed = FLAGS.getOrDefault(ins.keyword(), Set.of());
        for (String flag : ins.flags().keySet()) {
            if (!allowed.contains(flag)) {
                throw fail(ins, "Unknown flag: " + flag);
            }
        }
        List<String> w = ins.words();
        String k = ins.keyword();
        switch (k) {
            case "FROM" -> checkFrom(ins);
            case "COPY", "ADD" -> {
                if (w.size() < 2) {
                    throw fail(ins, k + " requires at least two arguments, but only one was provided. Destination could not be determined");
                }
            }
            case "EXPOSE", "LABEL", "ARG", "VOLUME", "ENV" -> {
                if (w.isEmpty()) {
                    throw fail(ins, k + " requires at least one argument");
                }
                if (k.equals("ENV")) {
                    KeyValues.env(ins);
                } else if (k.equals("LABEL")) {
                    KeyValues.labels(ins);
                }
            }
            case "USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER" -> {
                if (w.size() != 1 && !(k.equals("MAINTAINER") && !w.isEmpty())) {
                    throw fail(ins, k + " requires exactly one argument");
                }
            }
            case "ONBUILD" -> {
                if (w.isEmpty()) {
                    throw fail(ins, "ONBUILD requires at least one argument");
                }
                String trigger = w.get(0).toUpperCase(Locale.ROOT);
                if (trigger.equals("ONBUILD") || trigger.equals("FROM") || trigger.equals("MAINTAINER")) {
                    throw fail(ins, trigger + " isn't allowed as an ONBUILD trigger");
                }
            }
            case "HEALTHCHECK" -> Healthchecks.parse(ins);
            case "SHELL" -> {
                if (!ins.json()) {
                    throw fail(ins, "SHELL requires the arguments to be in JSON form");
                }
            }
            default -> {
            }
        }
    }

    private static void checkFrom(Instruction ins) {
        List<String> w = ins.words();
        if (w.size() != 1 && !(w.size() == 3 && w.get(1).equalsIgnoreCase("as"))) {
            throw fail(ins, "FROM requires either one or three arguments");
        }
        if (w.size() == 3) {
            if (!STAGE_NAME.matcher(w.get(2).toLowerCase(Locale.ROOT)).matches()) {
                throw fail(ins, "invalid name for build stage: \"" + w.get(2) + "\", name can't start with a number or contain symbols");
            }
        }
    }

    static DockerfileException fail(Instruction ins, String message) {
        return DockerfileException.parse(message, ins.startLine(), ins.endLine());
    }
}
