package io.dockertutor.shell.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.sh.Prompter;
import io.dockertutor.shell.engines.CannotOpenEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Which engine the session runs on: checked at launch (a real engine is announced with the learner's own objects
 * counted; a missing one offers the simulated engine instead) and switched with {@code engine NAME}, which ends the
 * sessions on the old engine and replays an open lesson on the new one. Progress is kept per lesson and step, never
 * per engine, so nothing a learner did is lost either way.
 */
final class EngineChoice {
    private final Tutor tutor;

    EngineChoice(Tutor tutor) {
        this.tutor = tutor;
    }

    /**
     * Opens the engine the session was started with, long enough to announce it when it is a real one. When it
     * cannot be reached, a terminal asks whether to go on with the simulated engine (yes by default) and a script
     * goes on with it after one line. False when the learner would rather stop.
     */
    boolean atLaunch() {
        if ("sim".equals(tutor.engines.canonical(tutor.engineName()))) {
            // Nothing to announce, and opening it here would make the first prompt wait for the image catalog.
            tutor.engineName("sim");
            return true;
        }
        try (Engine engine = tutor.engines.open(tutor.engineName(), tutor.workspace(), tutor.messages())) {
            announce(engine);
            return true;
        } catch (CannotOpenEngine e) {
            tutor.screen.bad(e.getMessage());
        }
        if (tutor.terminal() && !ask(tutor.messages().get("engine.offerSim"))) {
            tutor.screen.say(tutor.messages().get("engine.startLater"));
            return false;
        }
        tutor.engineName("sim");
        tutor.screen.warn(tutor.messages().get("engine.fallback"));
        return true;
    }

    /** {@code engine NAME}: free practice gets a fresh engine; a lesson is replayed up to the current step on it. */
    void switchTo(String name) {
        String canonical = tutor.engines.canonical(name);
        if (canonical == null) {
            tutor.screen.bad(tutor.messages().get("error.engine", name));
            return;
        }
        Lesson lesson = tutor.play().map(LessonPlay::lesson).orElse(null);
        int at = tutor.play().map(LessonPlay::index).orElse(0);
        try (Engine probe = tutor.engines.open(canonical, tutor.workspace(), tutor.messages())) {
            // Only once the new engine answers do the old sessions end; their objects go before the banner counts.
            tutor.endEngineSessions();
            tutor.engineName(canonical);
            tutor.screen.good(tutor.messages().get("engine.switched", canonical));
            announce(probe);
        } catch (CannotOpenEngine e) {
            tutor.screen.bad(e.getMessage());
            return;
        }
        if (lesson != null && tutor.start(lesson, at)) {
            tutor.showStep();
        }
    }

    private void announce(Engine engine) {
        if (EngineNotices.shared(engine)) {
            // A paragraph, wrapped to the terminal like the welcome under it.
            tutor.screen.markdown(EngineNotices.banner(engine, tutor.messages()));
        }
    }

    /** A yes/no question on the learner's keyboard: yes unless they answer no or end the input. */
    private boolean ask(String question) {
        InputStream keyboard = tutor.keyboard();
        String prompt = question + " [Y/n] ";
        if (keyboard instanceof Prompter prompter) {
            prompter.prompt(prompt);
        } else {
            tutor.screen.say(prompt);
        }
        StringBuilder answer = new StringBuilder();
        try {
            for (int c = keyboard.read(); c != '\n'; c = keyboard.read()) {
                if (c < 0) {
                    return false;
                }
                answer.append((char) c);
            }
        } catch (IOException e) {
            return false;
        }
        String a = answer.toString().strip().toLowerCase(Locale.ROOT);
        return !a.equals("n") && !a.equals("no");
    }
}
