package io.dockertutor.lessons.mutants;

import io.dockertutor.cli.grammar.OptionDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The near misses of one docker command, in this order: each flag dropped ({@code run -d} becomes a foreground
 * run); each flag's value dropped, where the grammar gives a default or takes an empty string; the two sides of
 * {@code -p A:B} and {@code -v A:B} swapped; a fresh name, tag, port or path in each place that holds one; each
 * option moved after the image (the notes' {@code --name} mistake); the container's command dropped; each of
 * several named objects left out; the two sides of {@code cp} and {@code tag} swapped; a build without its context;
 * a confused verb ({@link ConfusedVerbs}).
 */
final class DockerMutations {
    /** The command as a variant would type it, and what was changed. */
    record Variant(String command, String change) {
    }

    /** Commands whose positional arguments are image references: a fresh tag, not a fresh name, is their near miss. */
    private static final String[] IMAGE_COMMANDS = {"pull", "push", "rmi", "image rm", "history", "image history", "tag",
        "images", "image ls", "image inspect", "save", "image save"};

    private DockerMutations() {
    }

    static List<Variant> of(DockerLine line) {
        List<Variant> out = new ArrayList<>();
        List<String> w = line.words();
        for (DockerLine.Flag f : line.flags()) {
            boolean detach = f.option().name().equals("detach") && line.image() >= 0;
            out.add(variant(dropFlag(line, f).words, detach ? "run in the foreground (drop " + f.typed(w) + ")" : "drop " + f.typed(w)));
        }
        for (DockerLine.Flag f : line.flags()) {
            emptyValue(f.option()).filter(v -> f.value() != null && !v.equals(f.value())).ifPresent(v -> {
                Dropped d = dropFlag(line, f);
                d.words.add(d.at, "--" + f.option().name() + "=" + v);
                out.add(variant(d.words, "drop the value of " + f.typed(w)));
            });
        }
        for (DockerLine.Flag f : line.flags()) {
            swapped(f).ifPresent(v -> out.add(variant(withValue(line, f, v), "swap " + f.typed(w))));
        }
        for (DockerLine.Flag f : line.flags()) {
            for (String v : freshValues(f)) {
                out.add(variant(withValue(line, f, v), "change " + f.typed(w)));
            }
        }
        for (int a : line.args()) {
            for (String v : freshArguments(line, a)) {
                List<String> words = new ArrayList<>(w);
                words.set(a, v);
                out.add(variant(words, "change " + w.get(a)));
            }
        }
        droppedArguments(line, out);
        swappedArguments(line, out);
        if (line.is("build", "image build", "builder build") && !line.args().isEmpty()) {
            List<String> words = new ArrayList<>(w);
            words.remove((int) line.args().get(line.args().size() - 1));
            out.add(variant(words, "leave out the build context (the notes' broken docker build)"));
        }
        ConfusedVerbs.of(line).ifPresent(out::add);
        int image = line.image();
        if (image >= 0) {
            movedAfterImage(line, image, out);
            if (image < w.size() - 1) {
                out.add(variant(w.subList(0, image + 1), "drop the container's command"));
            }
        }
        return out;
    }

    /** {@code docker rm a b}: each of two or more containers, images or volumes left out (not a run's command). */
    private static void droppedArguments(DockerLine line, List<Variant> out) {
        int image = line.image();
        List<Integer> named = line.args().stream().filter(a -> image < 0).toList();
        if (named.size() < 2 || line.is("cp", "container cp", "tag", "image tag", "exec", "container exec", "rename",
                "container rename", "commit", "container commit", "network connect", "network disconnect")) {
            return;
        }
        for (int a : named) {
            List<String> words = new ArrayList<>(line.words());
            words.remove(a);
            out.add(variant(words, "leave out " + line.words().get(a)));
        }
    }

    /** {@code docker cp} and {@code docker tag} with their two sides the wrong way round. */
    private static void swappedArguments(DockerLine line, List<Variant> out) {
        if (line.args().size() != 2 || !line.is("cp", "container cp", "tag", "image tag")) {
            return;
        }
        List<String> words = new ArrayList<>(line.words());
        int a = line.args().get(0);
        int b = line.args().get(1);
        words.set(a, line.words().get(b));
        words.set(b, line.words().get(a));
        out.add(variant(words, "the two sides the wrong way round"));
    }

    private static Variant variant(List<String> words, String change) {
        return new Variant(String.join(" ", words), change);
    }

    /** The words without the flag, and where the flag stood (where a replacement goes). */
    private record Dropped(List<String> words, int at) {
    }

    private static Dropped dropFlag(DockerLine line, DockerLine.Flag f) {
        List<String> words = new ArrayList<>(line.words());
        if (f.valueWord() >= 0) {
            words.remove(f.valueWord());
        }
        if (f.letter() < 0) {
            words.remove(f.word());
            return new Dropped(words, f.word());
        }
        // One letter of a cluster: -aq loses its a; -dp8080:80 loses p and the value after it.
        String word = words.get(f.word());
        int at = f.letter() + 1;
        String cut = f.value() != null && f.valueWord() < 0 ? word.substring(0, at) : word.substring(0, at) + word.substring(at + 1);
        if (cut.equals("-")) {
            words.remove(f.word());
            return new Dropped(words, f.word());
        }
        words.set(f.word(), cut);
        return new Dropped(words, f.word() + 1);
    }

    /** The value a flag keeps when its value is dropped: the grammar's default, else empty for a string; none for lists. */
    private static Optional<String> emptyValue(OptionDef option) {
        String d = option.defaultText();
        if (option.isBoolean()) {
            return Optional.empty();
        }
        if (d != null && !d.isBlank() && !d.startsWith("[") && !d.startsWith("map[") && !d.contains(" ")) {
            return Optional.of(d.startsWith("\"") && d.endsWith("\"") && d.length() >= 2 ? d.substring(1, d.length() - 1) : d);
        }
        return option.type().equals("string") ? Optional.of("") : Optional.empty();
    }

    private static List<String> withValue(DockerLine line, DockerLine.Flag f, String value) {
        List<String> words = new ArrayList<>(line.words());
        if (f.valueWord() >= 0) {
            words.set(f.valueWord(), value);
        } else {
            String word = words.get(f.word());
            words.set(f.word(), word.substring(0, word.length() - f.value().length()) + value);
        }
        return words;
    }

    /** {@code -p 8080:80} as {@code -p 80:8080} (the address stays first), {@code -v a:/b} as {@code -v /b:a}. */
    private static Optional<String> swapped(DockerLine.Flag f) {
        boolean publish = f.option().name().equals("publish");
        if (f.value() == null || !f.value().contains(":") || !(publish || f.option().name().equals("volume"))) {
            return Optional.empty();
        }
        Parts p = Parts.of(f.value(), publish);
        String[] parts = p.parts.clone();
        int a = publish ? parts.length - 2 : 0;
        String first = parts[a];
        parts[a] = parts[a + 1];
        parts[a + 1] = first;
        return Optional.of(String.join(":", parts) + p.suffix);
    }

    /** A value split at its colons, with a port's {@code /tcp} kept aside. */
    private record Parts(String[] parts, String suffix) {
        static Parts of(String value, boolean publish) {
            int slash = publish ? value.indexOf('/') : -1;
            return new Parts((slash < 0 ? value : value.substring(0, slash)).split(":", -1), slash < 0 ? "" : value.substring(slash));
        }

        String with(int i, String part) {
            String[] copy = parts.clone();
            copy[i] = part;
            return String.join(":", copy) + suffix;
        }
    }

    private static List<String> freshValues(DockerLine.Flag f) {
        String v = f.value();
        if (v == null || !plain(v)) {
            return v == null || !f.option().name().equals("volume") ? List.of() : volume(v);
        }
        if (f.option().name().equals("volume")) {
            return volume(v);
        }
        return switch (f.option().name()) {
            case "name", "hostname", "file", "workdir" -> List.of(FreshValues.name(v));
            case "tag" -> FreshValues.tag(v).map(List::of).orElse(List.of());
            case "filter" -> FreshValues.filter(v);
            case "restart" -> FreshValues.restartPolicies(v);
            case "env", "label" -> v.contains("=") ? List.of(v + FreshValues.SUFFIX) : List.of();
            case "time", "timeout", "stop-timeout" -> FreshValues.number(v) ? List.of(FreshValues.otherNumber(v)) : List.of();
            case "volume" -> volume(v);
            case "publish" -> {
                Parts p = Parts.of(v, true);
                List<String> out = new ArrayList<>();
                for (int i = Math.max(0, p.parts.length - 2); i < p.parts.length; i++) {
                    if (FreshValues.number(p.parts[i])) {
                        out.add(p.with(i, FreshValues.otherNumber(p.parts[i])));
                    }
                }
                if (p.parts.length == 2) {
                    out.add(p.parts[1] + p.suffix); // the container port alone: published on a random host port
                }
                yield out;
            }
            default -> List.of();
        };
    }

    /**
     * The volume and bind mount mixed up: a named volume given as a path ({@code ./data}, a bind mount of the
     * workspace), a host path given as a name ({@code $(pwd)} typed as {@code pwd}: a new named volume).
     */
    private static List<String> boundInstead(Parts p) {
        if (p.parts.length < 2 || p.parts[0].isEmpty()) {
            return List.of();
        }
        String source = p.parts[0];
        if (source.equals("$(pwd)") || source.equals("${PWD}") || source.equals("$PWD")) {
            return List.of(p.with(0, "pwd"));
        }
        if (plain(source) && !source.contains("/") && !source.startsWith(".") && !source.startsWith("~")) {
            return List.of(p.with(0, "./" + source));
        }
        return List.of();
    }

    /** {@code -v SOURCE:TARGET}: a fresh source (volume or host path) and a fresh target path, each where it is plain. */
    private static List<String> volume(String v) {
        Parts p = Parts.of(v, false);
        List<String> out = new ArrayList<>(boundInstead(p));
        for (int i = 0; i < Math.min(2, p.parts.length); i++) {
            if (plain(p.parts[i]) && !p.parts[i].isEmpty()) {
                out.add(p.with(i, FreshValues.name(p.parts[i])));
            }
        }
        return out;
    }

    private static List<String> freshArguments(DockerLine line, int a) {
        String v = line.words().get(a);
        int image = line.image();
        if (!plain(v) || (image >= 0 && a > image) || line.is("build", "image build", "builder build")) {
            return List.of();
        }
        if (a == image || line.is(IMAGE_COMMANDS)) {
            return FreshValues.tag(v).map(List::of).orElse(List.of());
        }
        int colon = v.indexOf(':');
        if (line.is("cp", "container cp") && colon > 0 && !v.substring(0, colon).contains("/")) {
            return List.of(FreshValues.name(v.substring(0, colon)) + v.substring(colon),
                    v.substring(0, colon + 1) + FreshValues.name(v.substring(colon + 1)));
        }
        return List.of(FreshValues.name(v));
    }

    /** Each option of {@code run} (with its value) moved after the image, where it becomes the container's argument. */
    private static void movedAfterImage(DockerLine line, int image, List<Variant> out) {
        List<String> w = line.words();
        int i = 0;
        while (i < image) {
            int word = i;
            int end = line.flags().stream().filter(f -> f.word() == word).mapToInt(f -> Math.max(f.word(), f.valueWord())).max().orElse(-1);
            if (end < 0) {
                i++;
                continue;
            }
            List<String> words = new ArrayList<>(w.subList(0, word));
            words.addAll(w.subList(end + 1, image + 1));
            words.addAll(w.subList(word, end + 1));
            words.addAll(w.subList(image + 1, w.size()));
            out.add(variant(words, "move " + String.join(" ", w.subList(word, end + 1)) + " after the image"));
            i = end + 1;
        }
    }

    static boolean plain(String s) {
        return !s.contains("$(") && !s.contains("`") && !s.startsWith("'") && !s.startsWith("\"");
    }
}
