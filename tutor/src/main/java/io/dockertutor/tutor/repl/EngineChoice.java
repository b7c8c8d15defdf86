package io.dockertutor.tutor.repl;

import io.dockertutor.tutor.engines.EngineFactory;
import io.dockertutor.engine.Engine;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.engine.Prompter;
import io.dockertutor.tutor.engines.CannotOpenEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Which engine the session runs on: checked at launch (a real engine is announced with the learner's own objects
 * counted; a missing one offers the simulated engine instead) and switched with {@code engine NAME}, which ends the
 * sessions on the old engine and replays an open lesson on the new one. Progress is kept per lesson and step, never
 * per engine, so nothing a learner did is lost either way.
 */
final class EngineChoice {
    private final EngineFactory engines;
    private final EngineSessions sessions;
    private final LessonFlow flow;
    private final Screen screen;
    private final Language language;
    private final Supplier<InputStream> keyboard;

    EngineChoice(EngineFactory engines, EngineSessions sessions, LessonFlow flow, Screen screen, Language language,
                 Supplier<InputStream> keyboard) {
        this.engines = engines;
        this.sessions = sessions;
        this.flow = flow;
        this.screen = screen;
        this.language = language;
        this.keyboard = keyboard;
    }

    /**
     * Opens the engine the session was started with, long enough to announce it when it is a real one. When it
     * cannot be reached, a terminal asks whether to go on with the simulated engine (yes by default) and a script
     * goes on with it after one line. False when the learner would rather stop.
     */
    boolean atLaunch() {
        if ("sim".equals(engines.canonical(sessions.engineName()))) {
            // Nothing to announce, and opening it here would make the first prompt wait for the image catalog.
            sessions.engineName("sim");
            return true;
        }
        try (Engine engine = sessions.open(sessions.workspace())) {
            announce(engine);
            offerLeftovers(engine);
            return true;
        } catch (CannotOpenEngine e) {
            screen.bad(e.getMessage());
        }
        if (sessions.terminal() && !ask(language.get("engine.offerSim"))) {
            screen.say(language.get("engine.startLater"));
            return false;
        }
        sessions.engineName("sim");
        screen.warn(language.get("engine.fallback"));
        return true;
    }

    /** {@code engine NAME}: free practice gets a fresh engine; a lesson is replayed up to the current step on it. */
    void switchTo(String name) {
        String canonical = engines.canonical(name);
        if (canonical == null) {
            screen.bad(language.get("error.engine", name));
            return;
        }
        Lesson lesson = sessions.play().map(LessonPlay::lesson).orElse(null);
        int at = sessions.play().map(LessonPlay::index).orElse(0);
        try (Engine probe = engines.open(canonical, sessions.workspace(), language.messages())) {
            // Only once the new engine answers do the old sessions end; their objects go before the banner counts.
            sessions.endAll();
            sessions.engineName(canonical);
            screen.good(language.get("engine.switched", canonical));
            announce(probe);
        } catch (CannotOpenEngine e) {
            screen.bad(e.getMessage());
            return;
        }
        if (lesson != null && flow.start(lesson, at)) {
            flow.showStep();
        }
    }

    /** {@code engine}: the engine commands run on now (or will), and the names the learner can switch to. */
    void describe() {
        Engine engine = sessions.engine();
        String describe = engine == null ? sessions.engineName() : engine.describe();
        screen.say(language.get("engine.current", describe, String.join(", ", engines.names())));
    }

    private void announce(Engine engine) {
        if (EngineNotices.shared(engine)) {
            // A paragraph, wrapped to the terminal like the welcome under it.
            screen.markdown(EngineNotices.banner(engine, language.messages()));
        }
    }

    /**
     * What an earlier tutor of this state directory left when it died (killed, crashed): on a terminal the learner is
     * asked whether to remove it (only that: objects labelled with that process's sessions); a script is told once.
     */
    private void offerLeftovers(Engine engine) {
        try {
            java.util.List<String> left = engines.leftovers(engine);
            if (left.isEmpty()) {
                return;
            }
            if (sessions.terminal() && ask(language.get("engine.leftovers", String.join(", ", left)))) {
                screen.say(language.get("engine.leftoversRemoved", String.join(", ", engines.removeLeftovers(engine))));
            } else if (sessions.terminal()) {
                screen.say(language.get("engine.leftoversKept"));
            } else {
                screen.warn(language.get("engine.leftoversFound", String.join(", ", left)));
            }
        } catch (RuntimeException e) {
            screen.warn(language.get("engine.cleanUpFailed", e.getMessage()));
        }
    }

    /** A yes/no question on the learner's keyboard: yes unless they answer no or end the input. */
    private boolean ask(String question) {
        InputStream keyboard = this.keyboard.get();
        String prompt = question + " [Y/n] ";
        if (keyboard instanceof Prompter prompter) {
            prompter.prompt(prompt);
        } else {
            screen.say(prompt);
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
