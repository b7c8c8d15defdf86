package io.dockertutor.engine.sim.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sh -c 'echo ready; sleep 300'}: a script whose last command keeps running. The commands before it run
 * at start (their output and effects are the container's), then the container stays up with the last command as
 * its process, as the real shell leaves it (it {@code exec}s its last command).
 */
final class ScriptThenServe implements Program {
    private static final Pattern LAST = Pattern.compile("(?s)^(.*?)(?:^|;|&&|\\n)\\s*(?:exec\\s+)?((?:sleep\\s+\\S+|tail\\s+-[fF]\\s+\\S+|httpd\\s+-f[^;&|\\n]*))\\s*;?\\s*$");

    /** {@code echo start; exec sleep 600; echo never}: what follows an exec'd program never runs. */
    private static final Pattern EXEC = Pattern.compile("(?s)^(.*?)(?:^|;|&&|\\n)\\s*exec\\s+((?:sleep\\s+\\S+|tail\\s+-[fF]\\s+\\S+|httpd\\s+-f[^;&|\\n]*))\\s*(?:[;\\n].*)?$");

    private final List<String> argv;
    private final String prefix;
    private final Program last;

    private ScriptThenServe(List<String> argv, String prefix, Program last) {
        this.argv = List.copyOf(argv);
        this.prefix = prefix;
        this.last = last;
    }

    /** The model when the script ends in a long-running command; empty for other scripts. */
    static Optional<Program> of(List<String> argv, String workingDir, ProgramContext ctx) {
        int c = argv.indexOf("-c");
        if (c < 0 || c + 1 >= argv.size()) {
            return Optional.empty();
        }
        Matcher m = LAST.matcher(argv.get(c + 1).strip());
        if (!m.matches()) {
            m = EXEC.matcher(argv.get(c + 1).strip());
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        List<String> words = List.of(m.group(2).trim().split("\\s+"));
        if (words.get(0).equals("sleep") && isShort(words.get(1))) {
            return Optional.empty();
        }
        Program last = words.get(0).equals("httpd") ? BusyboxHttpd.of(words, workingDir) : new Idle(words);
        String prefix = m.group(1).strip();
        prefix = prefix.replaceAll("(;|&&)\\s*$", "");
        return Optional.of(new ScriptThenServe(argv, prefix, last));
    }

    /** {@code sleep 0}, {@code sleep 1}: the script would end before anyone looks; run it as a one-shot. */
    static boolean isShort(String duration) {
        return duration.matches("0*[0-2](\\.\\d+)?s?");
    }

    @Override
    public Started start(ProgramContext ctx) {
        List<Line> out = new ArrayList<>();
        if (!prefix.isEmpty()) {
            List<String> script = new ArrayList<>(argv.subList(0, argv.indexOf("-c") + 1));
            script.add(prefix);
            Started first = new OneShot(script).start(ctx);
            out.addAll(first.output());
            if (first.exitCode().isPresent() && first.exitCode().getAsInt() != 0 && !prefix.contains(";")) {
                return first;
            }
        }
        out.addAll(last.start(ctx).output());
        return Started.running(out);
    }

    @Override
    public SignalOutcome signal(String signal, ProgramContext ctx) {
        return last.signal(signal, ctx);
    }

    @Override
    public List<Integer> listening() {
        return last.listening();
    }

    @Override
    public Optional<io.dockertutor.engine.HostNetwork.HttpResponse> http(int port, io.dockertutor.engine.HostNetwork.HttpRequest request,
                                                                         String clientIp, ProgramContext ctx, List<Line> log) {
        return last.http(port, request, clientIp, ctx, log);
    }

    @Override
    public List<String> processes() {
        return last.processes();
    }
}
