package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Command;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard command table: every builtin under its name. Callers add their own commands to the returned
 * (mutable) map before giving it to a {@link io.dockertutor.sh.ShellSession}.
 *
 * <pre>{@code
 * Map<String, Command> table = BuiltinTable.standard();
 * table.put("docker", dockerCli);
 * }</pre>
 */
public final class BuiltinTable {
    private BuiltinTable() {
    }

    /** busybox's {@code wget}, for containers whose image has it (the learner's own shell has no wget). */
    public static Command busyboxWget() {
        return Wget::run;
    }

    /** Whether {@code sleep} accepts {@code duration} ({@code 5}, {@code 0.5}, {@code 2m}, {@code inf}). */
    public static boolean sleepAccepts(String duration) {
        return ShellBuiltins.validSleep(duration);
    }

    /** Programs modelled only as GNU has them (tar): busybox's applet of that name is a different program. */
    public static boolean gnuOnly(String program) {
        return program.equals("tar");
    }

    /** ln, chown and chgrp: for container shells only (the learner's workspace gets no links or owners). */
    public static Map<String, Command> containerOnly() {
        return FileTools.containerOnly();
    }

    public static Map<String, Command> standard() {
        Map<String, Command> t = new LinkedHashMap<>();
        t.put("cd", ShellBuiltins::cd);
        t.put("pwd", ShellBuiltins::pwd);
        t.put("echo", ShellBuiltins::echo);
        t.put("printf", Printf::run);
        t.put("true", call -> 0);
        t.put("false", call -> 1);
        t.put(":", call -> 0);
        t.put("exit", ShellBuiltins::exit);
        t.put("export", ShellBuiltins::export);
        t.put("unset", ShellBuiltins::unset);
        t.put("env", ShellBuiltins::env);
        t.put("which", ShellBuiltins::which);
        t.put("sleep", ShellBuiltins::sleep);
        t.put("clear", ShellBuiltins::clear);
        t.put("test", TestCommand::run);
        t.put("[", TestCommand::run);
        t.put("read", Read::run);
        t.put("ls", Ls::run);
        t.put("cat", FileBuiltins::cat);
        t.put("mkdir", FileBuiltins::mkdir);
        t.put("touch", FileBuiltins::touch);
        t.put("rm", FileBuiltins::rm);
        t.put("rmdir", Rmdir::run);
        t.put("cp", FileBuiltins::cp);
        t.put("mv", FileBuiltins::mv);
        t.put("head", HeadTail::head);
        t.put("tail", HeadTail::tail);
        t.put("wc", Wc::run);
        t.put("sort", Sort::run);
        t.put("uniq", Uniq::run);
        t.put("cut", Cut::run);
        t.put("tee", Tee::run);
        t.put("basename", PathNames::basename);
        t.put("dirname", PathNames::dirname);
        t.put("grep", Grep::run);
        t.put("xargs", Xargs::run);
        t.put("curl", Curl::run);
        t.put("tr", Tr::run);
        t.put("seq", Seq::run);
        t.put("find", Find::run);
        t.put("sed", Sed::run);
        // mawk's options do not include --help or --version: it refuses them as it refuses any unknown option
        t.put("awk", Awk::run);
        t.put("mawk", Awk::run);
        // The GNU programs answer --help and --version with Debian 12's texts.
        for (String program : java.util.List.of("env", "sleep", "ls", "cat", "mkdir", "touch", "rm", "rmdir", "cp", "mv",
                "head", "tail", "wc", "sort", "uniq", "cut", "tee", "basename", "dirname", "grep", "xargs", "tr", "seq", "find", "sed")) {
            t.put(program, GnuHelp.answering(program, t.get(program)));
        }
        t.put("tar", GnuHelp.answering("tar", Tar::run));
        FileTools.addTo(t);
        return t;
    }
}
