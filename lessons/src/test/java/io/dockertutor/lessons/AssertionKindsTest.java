package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.checker.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry of check keys is complete and unambiguous: every record of the sealed {@link Assertion} family has
 * exactly one YAML key, and no key or record appears twice. (That the schema and the format document list the
 * same keys is proved in {@link LessonSchemaTest} and {@link LessonFormatDocTest}.)
 */
class AssertionKindsTest {

    @Test
    void everyAssertionRecordHasExactlyOneKey() {
        List<Class<? extends Assertion>> types = AssertionKinds.ALL.stream().<Class<? extends Assertion>>map(AssertionKinds.CheckKind::type).toList();
        assertThat(types).doesNotHaveDuplicates().containsExactlyInAnyOrder(permitted());
        assertThat(AssertionKinds.keys()).doesNotHaveDuplicates().hasSameSizeAs(permitted());
    }

    @Test
    void aKeyFindsItsKindAndAnUnknownOneNothing() {
        assertThat(AssertionKinds.byKey("http")).map(AssertionKinds.CheckKind::type).contains(Assertion.HttpAnswers.class);
        assertThat(AssertionKinds.byKey("Http")).isEmpty();
    }

    @Test
    void everyKindAllowsItsSubjectAndAMessage() {
        assertThat(AssertionKinds.ALL).allSatisfy(k -> assertThat(k.allowedKeys()).contains(k.key(), "message"));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Assertion>[] permitted() {
        return (Class<? extends Assertion>[]) Assertion.class.getPermittedSubclasses();
    }
}
