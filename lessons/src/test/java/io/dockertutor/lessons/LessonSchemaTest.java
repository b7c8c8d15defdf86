package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/lesson.schema.json, the schema editors use, agrees with the reader: every bundled lesson and every success
 * fixture validates, and files the reader refuses for their shape (unknown keys and checks, wrong values) fail.
 */
class LessonSchemaTest {
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = Files.newInputStream(Path.of("../docs/lesson.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
            "file-outside.yaml", "http-without-port.yaml", "step-problems.yaml"})
    void filesTheReaderRefusesFailTheSchemaToo(String name) throws IOException {
        String yaml = Files.readString(ReaderFixturesTest.FIXTURES.resolve("failure").resolve(name), StandardCharsets.UTF_8);
        assertThat(validate(yaml)).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String yaml) {
        return SCHEMA.validate(YamlAsJson.parse(yaml));
    }
}
