package io.dockertutor.lessons;

import io.dockertutor.checker.Assertion;
import io.dockertutor.checker.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The one list of the YAML keys a step's {@code check:} item may start with, each tied to the {@link Assertion}
 * record it becomes, the condition keys it allows beside it, and the reader that builds the record.
 * {@link AssertionReader} reads through this list; the schema and format-document tests prove that
 * {@code docs/lesson.schema.json} and {@code docs/lesson-format.md} name exactly these keys and conditions, and a
 * test proves every record of the sealed family has an entry here. A new kind of check is one line here, one
 * record in the checker, and its branch in every {@link io.dockertutor.checker.AssertionVisitor}.
 */
final class AssertionKinds {

    /** Builds one kind's record from the value of its key and the item's other keys. */
    @FunctionalInterface
    interface KindReader {
        /** The record, or null when the item is too broken to build one (the problem is already reported). */
        Assertion read(AssertionReader reader, Node value, Map<String, Node> keys, Text message);
    }

    /**
     * One kind of check.
     *
     * @param key        the item's first key, which names the subject ({@code container})
     * @param type       the record it becomes
     * @param conditions the other keys it allows, {@code message} aside (every kind allows that)
     */
    record CheckKind(String key, Class<? extends Assertion> type, Set<String> conditions, KindReader reader) {
        CheckKind {
            conditions = Set.copyOf(conditions);
        }

        /** Every key the item may carry: the subject, its conditions and {@code message}. */
        Set<String> allowedKeys() {
            Set<String> all = new TreeSet<>(conditions);
            all.add(key);
            all.add("message");
            return all;
        }
    }

    // A list, not a set: messages name the keys in this order, the same on every run.
    static final List<CheckKind> ALL = List.of(
            new CheckKind("container", Assertion.ContainerIs.class, Set.of("state", "image", "command", "restart", "ports",
                    "mounts", "exitCode", "labels", "env", "user", "detached", "absent"), AssertionReader::container),
            new CheckKind("containers", Assertion.ContainerCount.class, Set.of(), AssertionReader::containers),
            new CheckKind("image", Assertion.ImageIs.class, Set.of("absent", "maxSize", "minSize", "layers", "user",
                    "entrypoint", "cmd", "workdir", "exposes", "labels", "from"), AssertionReader::image),
            new CheckKind("volume", Assertion.VolumeIs.class, Set.of("absent", "files"), AssertionReader::volume),
            new CheckKind("file", Assertion.FileIs.class, Set.of("exists", "contains", "absent"), AssertionReader::file),
            new CheckKind("http", Assertion.HttpAnswers.class, Set.of("status", "contains", "refused"), AssertionReader::http),
            new CheckKind("ran", Assertion.Ran.class, Set.of("like"), AssertionReader::ran),
            new CheckKind("output", Assertion.Output.class, Set.of(), AssertionReader::output),
            new CheckKind("not", Assertion.Not.class, Set.of(), AssertionReader::not),
            new CheckKind("anyOf", Assertion.AnyOf.class, Set.of(), AssertionReader::anyOf));

    private AssertionKinds() {
    }

    /** The subject keys in their fixed order. */
    static List<String> keys() {
        return ALL.stream().map(CheckKind::key).toList();
    }

    static Optional<CheckKind> byKey(String key) {
        return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
