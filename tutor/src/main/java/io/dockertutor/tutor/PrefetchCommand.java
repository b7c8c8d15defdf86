package io.dockertutor.tutor;

import io.dockertutor.cli.command.ProgressDisplay;
import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.ImageReference;
import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import io.dockertutor.tutor.i18n.TutorMessages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docker-tutor prefetch [--engine docker] [--lessons DIR]}: pulls every image the lessons declare, with
 * progress, so a classroom can prepare before thirty learners share one network. Exit 1 if any pull failed.
 */
@Command(name = "prefetch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.tutor.messages", header = "${bundle:prefetch.description}")
final class PrefetchCommand implements Callable<Integer> {
    // Options given before the subcommand (docker-tutor --lessons DIR validate) live on the parent.
    @ParentCommand
    TutorCommand parent;

    @Mixin
    SessionOptions session;

    @Mixin
    LessonSource source;

    @Override
    public Integer call() throws Exception {
        session = session.over(parent == null ? null : parent.session);
        source = source.over(parent == null ? null : parent.lessons);
        Locale locale = Locale.getDefault();
        TutorMessages messages = new TutorMessages(locale);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LessonLibrary library;
        try {
            library = source.load();
        } catch (LessonSource.Unavailable e) {
            out.println(e.getMessage());
            return 2;
        }
        library.errors().forEach(out::println);
        Set<String> images = new LinkedHashSet<>();
        for (Lesson l : library.lessons()) {
            images.addAll(l.images());
        }
        Engine engine;
        try {
            engine = session.engine(locale, session.realWorkspace());
        } catch (SessionOptions.SessionException e) {
            out.println(e.getMessage());
            return 1;
        }
        int failed = 0;
        boolean terminal = System.console() != null;
        for (String image : images) {
            out.println(messages.get("prefetch.pulling", image));
            try {
                ProgressDisplay display = new ProgressDisplay(out, terminal);
                engine.pull(ImageReference.parse(image).withDefaultTag(), display);
                display.finish();
            } catch (EngineException | IllegalArgumentException e) {
                out.println(messages.get("prefetch.failed", image, e.getMessage()));
                failed++;
            }
        }
        out.println(messages.get("prefetch.done", images.size() - failed, images.size()));
        return failed == 0 ? 0 : 1;
    }
}
