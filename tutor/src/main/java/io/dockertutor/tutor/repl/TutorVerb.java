package io.dockertutor.tutor.repl;

import java.util.List;
import java.util.Optional;

/**
 * The tutor's own commands: one table that the dispatcher ({@link TutorCommands}), {@code help}, Tab completion and
 * highlighting all read, so a command cannot exist in one of them and be missing from another. Help texts are the
 * message keys {@code help.NAME} (one line) and {@code usage.NAME}.
 */
enum TutorVerb {
    LESSONS("lessons"),
    START("start"),
    STEP("step"),
    CHECK("check"),
    HINT("hint"),
    SOLUTION("solution", "run"),
    NEXT("next"),
    BACK("back"),
    SKIP("skip"),
    RESET("reset", "step", "lesson"),
    UNDO("undo"),
    PROGRESS("progress", "export", "import"),
    LANG("lang", "ko", "en"),
    ENGINE("engine"),
    SANDBOX("sandbox"),
    HELP("help"),
    EXIT("exit");

    private final String word;
    private final List<String> arguments;

    TutorVerb(String word, String... arguments) {
        this.word = word;
        this.arguments = List.of(arguments);
    }

    /** What the learner types. */
    String word() {
        return word;
    }

    /** The fixed words that may follow (lesson ids, engine names and verbs are added by the completer). */
    List<String> arguments() {
        return arguments;
    }

    static Optional<TutorVerb> of(String word) {
        for (TutorVerb v : values()) {
            if (v.word.equals(word)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
