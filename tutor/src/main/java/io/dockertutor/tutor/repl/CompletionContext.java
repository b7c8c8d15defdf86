package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.nio.file.Path;
import java.util.List;

/** What Tab completion needs to know about the session at the moment Tab is pressed. */
interface CompletionContext {
    /** The engine commands run on, or null before one is opened. */
    Engine engine();

    Path workspace();

    Path cwd();

    TutorMessages messages();

    List<Lesson> lessons();

    List<String> engineNames();
}
