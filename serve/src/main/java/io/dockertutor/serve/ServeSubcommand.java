package io.dockertutor.serve;

import io.dockertutor.tutor.TutorSubcommand;
import java.util.Locale;

/** Adds {@code serve} to {@code docker-tutor}'s command line (found by the tutor's {@link java.util.ServiceLoader}). */
public final class ServeSubcommand implements TutorSubcommand {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Object command(Locale locale) {
        return new ServeCommand(locale);
    }
}
