package io.dockertutor.tutor;

import java.util.Locale;

/**
 * A subcommand that a module above the tutor adds to {@code docker-tutor} (as {@code serve} does), found with
 * {@link java.util.ServiceLoader}: the tutor knows nothing of the modules above it, and the runnable jar (module
 * {@code app}) holds them all. A provider is named in {@code META-INF/services/io.dockertutor.tutor.TutorSubcommand}.
 *
 * <pre>{@code
 * public final class ServeSubcommand implements TutorSubcommand {
 *     public String name() { return "serve"; }
 *     public Object command(Locale locale) { return new ServeCommand(locale); }
 * }
 * }</pre>
 */
public interface TutorSubcommand {
    /** The word that starts it: {@code docker-tutor NAME ...}. */
    String name();

    /** A picocli command object (annotated with {@code @Command}) speaking the learner's language. */
    Object command(Locale locale);
}
