package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/lesson.schema.json, the schema editors use, agrees with the reader: every bundled lesson and every success
 * fixture validates, files the reader refuses for their shape (unknown keys and checks, wrong values) fail, and
 * its checks are exactly the reader's {@link AssertionKinds}, with the same conditions.
 */
class LessonSchemaTest {
    private static final JsonNode JSON = load();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON);

    private static JsonNode load() {
        try (InputStream in = Files.newInputStream(Path.of("../docs/lesson.schema.json"))) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSchemasChecksAreExactlyTheReadersKindsWithTheirConditions() {
        Map<String, Set<String>> schema = new LinkedHashMap<>();
        for (JsonNode ref : JSON.at("/$defs/assertion/anyOf")) {
            JsonNode check = JSON.at(ref.get("$ref").asText().substring(1));
            Set<String> keys = new TreeSet<>();
            check.get("properties").fieldNames().forEachRemaining(keys::add);
            schema.put(check.at("/required/0").asText(), keys);
        }
        Map<String, Set<String>> reader = new LinkedHashMap<>();
        AssertionKinds.ALL.forEach(k -> reader.put(k.key(), k.allowedKeys()));
        assertThat(schema).containsExactlyEntriesOf(reader);
        assertThat(JSON.at("/$defs/assertion/description").asText()).endsWith(String.join(", ", AssertionKinds.keys()) + ".");
    }

    static Stream<String> bundled() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream index = LessonLibrary.class.getResourceAsStream("/lessons/index.txt")) {
            new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim).filter(l -> !l.isEmpty())
                    .forEach(names::add);
        }
        return names.stream();
    }

    static Stream<Path> successes() throws IOException {
        return Stream.concat(ReaderFixturesTest.successes(), ReaderFixturesTest.yamlFiles(ReaderFixturesTest.FIXTURES.resolve("foreign")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyBundledLessonValidatesAgainstTheSchema(String name) throws IOException {
        try (InputStream in = LessonLibrary.class.getResourceAsStream("/lessons/" + name)) {
            assertThat(validate(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successes")
    void successAndForeignFixturesValidateAgainstTheSchema(Path file) throws IOException {
        assertThat(validate(Files.readString(file, StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown-key.yaml", "bad-id.yaml", "unknown-check.yaml", "unknown-condition.yaml", "bad-values.yaml",
            "file-outside.yaml", "http-without-port.yaml", "step-problems.yaml", "equivalent-problems.yaml"})
    void filesTheReaderRefusesFailTheSchemaToo(String name) throws IOException {
        String yaml = Files.readString(ReaderFixturesTest.FIXTURES.resolve("failure").resolve(name), StandardCharsets.UTF_8);
        assertThat(validate(yaml)).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String yaml) {
        return SCHEMA.validate(YamlAsJson.parse(yaml));
    }
}
