package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Ownership;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class LessonNamesTest {
    @Test
    void theBundledCleanupLessonNamesItsContainers() {
        Lesson cleanup = LessonLibrary.bundled().lesson("cleanup").orElseThrow();

        assertThat(LessonNames.of(cleanup)).contains("container web1", "container keep", "container sleeper2");
    }

    @Test
    void aContainerOfTheLearnersOwnWithALessonsNameIsAClashAndOtherNamesAreNot() {
        Lesson cleanup = LessonLibrary.bundled().lesson("cleanup").orElseThrow();

        assertThat(LessonNames.clashes(cleanup, sharedEngineWithTheLearnersContainer("keep"))).containsExactly("container keep");
        assertThat(LessonNames.clashes(cleanup, sharedEngineWithTheLearnersContainer("mine"))).isEmpty();
    }

    /** A real engine as the lesson sees it: nothing is the session's yet, and the learner has one container. */
    private static Engine sharedEngineWithTheLearnersContainer(String name) {
        Ownership nothingYet = (Ownership) Proxy.newProxyInstance(Ownership.class.getClassLoader(), new Class<?>[] {Ownership.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
        return (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class}, (proxy, method, args) -> {
            if (method.getName().equals("ownership")) {
                return nothingYet;
            }
            if (method.getName().equals("inspectContainer") && args[0].equals(name)) {
                return null;
            }
            throw EngineException.notFound("No such object: " + args[0]);
        });
    }
}
