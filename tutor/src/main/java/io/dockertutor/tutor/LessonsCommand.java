package io.dockertutor.tutor;

import io.dockertutor.cli.command.DisplayWidth;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docker-tutor lessons [--lang ko|en]}: the lessons with their ids, titles and step counts. */
@Command(name = "lessons", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.tutor.messages", header = "${bundle:lessons.description}")
final class LessonsCommand implements Callable<Integer> {
    // Options given before the subcommand (docker-tutor --lessons DIR validate) live on the parent.
    @ParentCommand
    TutorCommand parent;

    @Mixin
    LessonSource source;

    @Option(names = "--lang", paramLabel = "ko|en", descriptionKey = "option.lang")
    String lang;

    @Override
    public Integer call() throws Exception {
        source = source.over(parent == null ? null : parent.lessons);
        // Main chose the language from --lang wherever it stands on the command line, then from LANG.
        Locale locale = Locale.getDefault();
        TutorMessages messages = new TutorMessages(locale);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LessonLibrary library;
        try {
            library = source.load();
        } catch (LessonSource.Unavailable e) {
            System.err.println(e.getMessage());
            return 2;
        }
        library.errors().forEach(out::println);
        int idWidth = library.lessons().stream().mapToInt(l -> l.id().length()).max().orElse(2);
        int titleWidth = library.lessons().stream().mapToInt(l -> DisplayWidth.of(l.title().in(locale))).max().orElse(2);
        for (Lesson l : library.lessons()) {
            String title = l.title().in(locale);
            // Korean takes two columns a character: pad by display width, not by length.
            out.println(String.format("%-" + idWidth + "s  ", l.id()) + title + " ".repeat(titleWidth - DisplayWidth.of(title))
                    + "  " + messages.get("lessons.steps", l.steps().size()));
        }
        return library.errors().isEmpty() ? 0 : 1;
    }
}
