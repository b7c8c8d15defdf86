package io.dockertutor.lessons;

import io.dockertutor.checker.Text;
import java.util.List;
import java.util.Map;

/**
 * One lesson, as its YAML file declares it (format: docs/lesson-format.md).
 *
 * @param source   where it was read from, for messages ({@code lessons/ports.yaml})
 * @param files    files placed in the learner's workspace at the start, by relative path
 * @param setup    commands run before step 1, output hidden
 * @param cleanup  commands run when the lesson ends
 */
public record Lesson(String id, Text title, Text summary, List<String> requires, List<String> images,
                     Map<String, String> files, List<String> setup, List<Step> steps, List<String> cleanup, String source) {
    public Lesson {
        requires = List.copyOf(requires);
        images = List.copyOf(images);
        files = Map.copyOf(files);
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        cleanup = List.copyOf(cleanup);
    }
}
