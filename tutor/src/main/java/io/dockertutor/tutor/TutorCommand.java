package io.dockertutor.tutor;

import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.progress.ProgressFile;
import io.dockertutor.tutor.repl.Repl;
import io.dockertutor.tutor.repl.ReplSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code docker-tutor} command; with no subcommand it opens the interactive tutor. */
@Command(name = "docker-tutor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.tutor.messages", headerHeading = "", header = "${bundle:tutor.header}",
        subcommands = {RunFileCommand.class, ValidateCommand.class, LintCommand.class, LessonsCommand.class, PrefetchCommand.class})
final class TutorCommand implements Callable<Integer> {
    private final Locale locale;

    @Mixin
    SessionOptions session;

    @Mixin
    LessonSource lessons;

    TutorCommand(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Integer call() throws IOException {
        return interactive(locale, session.over(null), lessons);
    }

    /** Opens the interactive tutor on the process's terminal (a dumb one when there is none). */
    static int interactive(Locale locale, SessionOptions session, LessonSource lessons) throws IOException {
        TutorMessages messages = new TutorMessages(locale);
        String problem = session.problem(messages);
        if (problem == null && lessons.path() != null && !Files.exists(lessons.path())) {
            problem = messages.get("error.lessonsPath", lessons.path());
        }
        if (problem != null) {
            System.err.println(problem);
            return 2;
        }
        ReplSettings settings = new ReplSettings(locale, session.engine, session.catalog,
                session.workspace == null ? null : session.realWorkspace(), session.noColor, () -> library(lessons),
                ProgressFile.stateDirectory(System.getenv()), lessons.path());
        try (Terminal terminal = SystemTerminal.open()) {
            return new Repl(terminal, settings, System.getenv()).run();
        }
    }

    private static LessonLibrary library(LessonSource lessons) {
        try {
            return lessons.load();
        } catch (LessonSource.Unavailable e) {
            // Checked before the REPL opened; gone since (a removed directory): the one-line message, not a trace.
            throw new UncheckedIOException(new IOException(e.getMessage()));
        }
    }
}
