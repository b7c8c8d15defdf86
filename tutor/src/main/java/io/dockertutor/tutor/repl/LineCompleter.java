package io.dockertutor.tutor.repl;

import io.dockertutor.cli.grammar.DockerGrammar;
import io.dockertutor.lessons.Lesson;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab in the tutor: at the start of a line the tutor's commands (with their one-line help), {@code docker} and the
 * shell's commands; after {@code docker} whatever {@link DockerCompletion} finds; after a tutor command its words
 * (lesson ids with titles for {@code start}); elsewhere workspace paths.
 */
final class LineCompleter implements Completer {
    private final CompletionContext tutor;
    private final Supplier<DockerGrammar> grammar;
    private final Set<String> shellCommands;

    LineCompleter(CompletionContext tutor, Supplier<DockerGrammar> grammar, Set<String> shellCommands) {
        this.tutor = tutor;
        this.grammar = grammar;
        this.shellCommands = shellCommands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        int wordStart = Math.max(0, line.cursor() - line.wordCursor());
        String before = line.line().substring(0, Math.min(wordStart, line.line().length()));
        complete(before, current, candidates);
    }

    /** Candidates for {@code current}, the start of a word typed after the text {@code before}. */
    void complete(String before, String current, List<Candidate> out) {
        List<String> command = CommandWords.commandBefore(before, before.length());
        if (command.isEmpty()) {
            if (before.isBlank()) {
                for (TutorVerb v : TutorVerb.values()) {
                    out.add(new Candidate(v.word(), v.word(), tutor.messages().get("complete.tutor"),
                            tutor.messages().get("help." + v.word()), null, null, true));
                }
            }
            String shell = tutor.messages().get("complete.shell");
            out.add(new Candidate("docker", "docker", shell, null, null, null, true));
            for (String name : shellCommands) {
                out.add(new Candidate(name, name, shell, null, null, null, true));
            }
            return;
        }
        String first = command.get(0);
        if (first.equals("docker")) {
            new DockerCompletion(grammar.get()).complete(command.subList(1, command.size()), current, tutor.engine(),
                    tutor.workspace(), tutor.cwd(), out);
            return;
        }
        if (before.stripLeading().startsWith(first) && TutorCommands.verbOf(before + current).isPresent() && command.size() == 1) {
            tutorArguments(TutorVerb.of(first).orElseThrow(), out);
            return;
        }
        PathCompletion.complete(tutor.workspace(), tutor.cwd(), current, out);
    }

    private void tutorArguments(TutorVerb verb, List<Candidate> out) {
        switch (verb) {
            case START -> {
                for (Lesson l : tutor.lessons()) {
                    out.add(new Candidate(l.id(), l.id(), null, l.title().in(tutor.messages().locale()), null, null, true));
                }
            }
            case HELP -> {
                for (TutorVerb v : TutorVerb.values()) {
                    out.add(new Candidate(v.word(), v.word(), null, tutor.messages().get("help." + v.word()), null, null, true));
                }
            }
            case ENGINE -> tutor.engineNames().forEach(n -> out.add(new Candidate(n)));
            default -> verb.arguments().forEach(a -> out.add(new Candidate(a)));
        }
    }
}
