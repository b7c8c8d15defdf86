package io.dockertutor.shell;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code docker-tutor} command; with no subcommand it opens the interactive shell. */
@Command(name = "docker-tutor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "io.dockertutor.shell.messages", headerHeading = "", header = "${bundle:tutor.header}",
        subcommands = {RunCommand.class, ValidateCommand.class, LintCommand.class, LessonsCommand.class})
final class TutorCommand implements Callable<Integer> {
    private final Locale locale;

    @Mixin
    SessionOptions session;

    TutorCommand(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Integer call() throws Exception {
        return new LineShell(session, locale).run();
    }
}
