package io.dockertutor.checker;

import io.dockertutor.engine.Engine;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a check looks at: the engine (only through its API, so checks hold on any engine), the learner's
 * workspace (relative bind sources), the commands the learner ran during the step, the last command's output,
 * and the language failures are told in.
 */
public record CheckContext(Engine engine, Path workspace, List<String> commandsRan, String lastOutput, Locale locale) {
    public CheckContext {
        commandsRan = commandsRan == null ? List.of() : List.copyOf(commandsRan);
        lastOutput = lastOutput == null ? "" : lastOutput;
    }
}
