package io.dockertutor.engine.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Docker's generated container names ({@code friendly_blackwell}), from the word lists in {@code names.txt}.
 * Like moby's generator, it retries on a name already taken, adding a digit after a few tries.
 */
final class NameGenerator {
    private static final List<String> ADJECTIVES = new ArrayList<>();
    private static final List<String> SURNAMES = new ArrayList<>();

    static {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NameGenerator.class.getResourceAsStream("names.txt"), StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("[adjectives]")) {
                    current = ADJECTIVES;
                } else if (line.equals("[surnames]")) {
                    current = SURNAMES;
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NameGenerator() {
    }

    static String generate(EngineIds ids, Predicate<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String name = ADJECTIVES.get(ids.nextInt(ADJECTIVES.size())) + "_" + SURNAMES.get(ids.nextInt(SURNAMES.size()));
            if (name.equals("boring_wozniak")) {
                continue;
            }
            if (attempt > 10) {
                name += ids.nextInt(10);
            }
            if (!taken.test(name)) {
                return name;
            }
        }
    }
}
