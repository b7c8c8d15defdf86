package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import io.dockertutor.sh.Userland;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sed}: the stream editor as learners use it, in the tutor's shell, in containers and in {@code RUN} lines:
 * {@code -n}, {@code -e}, {@code -f FILE}, {@code -i[SUFFIX]}, {@code -E}/{@code -r} and the script language of
 * {@link SedScript}.
 * Without {@code -i} the files are one stream (line numbers go on, {@code $} is the last line of the last file);
 * with it each file is edited in place. Refusals in GNU sed 4.9's or busybox's words (recorded on Debian 12 and on
 * busybox 1.36.1).
 */
final class Sed {
    private final Invocation call;
    private final List<SedScript.Command> script;
    private final boolean quiet;
    private int exit;

    private Sed(Invocation call, List<SedScript.Command> script, boolean quiet) {
        this.call = call;
        this.script = script;
        this.quiet = quiet;
    }

    static int run(Invocation call) throws IOException {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        List<String> expressions = new ArrayList<>();
        List<String> scriptFiles = new ArrayList<>(); // busybox's -f scripts: it adds every -e before them
        String onlyFile = null; // GNU: the script's one source when it is a single -f file (named in a refusal)
        List<String> files = new ArrayList<>();
        boolean quiet = false;
        boolean extended = false;
        String inPlace = null;
        List<String> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-n") || a.equals("--quiet") || a.equals("--silent")) {
                quiet = true;
            } else if (a.equals("-E") || a.equals("-r") || a.equals("--regexp-extended")) {
                extended = true;
            } else if (a.equals("-e") && i + 1 < args.size()) {
                expressions.add(args.get(++i));
            } else if (a.startsWith("--expression=")) {
                expressions.add(a.substring(13));
            } else if (a.equals("-f") || a.equals("--file") || a.startsWith("--file=") || (a.startsWith("-f") && !a.startsWith("--"))) {
                String file = a.startsWith("--file=") ? a.substring(7) : a.length() > 2 && !a.equals("--file") ? a.substring(2)
                        : i + 1 < args.size() ? args.get(++i) : null;
                if (file == null) {
                    String problem = a.equals("--file") ? "option '--file' requires an argument" : "option requires an argument -- 'f'";
                    return busybox ? BusyboxUsage.refuse(call, problem) : usage(call, problem);
                }
                String text;
                try {
                    text = new String(Inputs.read(call, file), StandardCharsets.UTF_8);
                } catch (io.dockertutor.sh.DirectoryReadException e) {
                    text = ""; // both read a directory as an empty script (recorded), unlike a directory to edit
                } catch (IOException e) {
                    call.err().println(busybox ? "sed: " + file + ": " + e.getMessage()
                            : "sed: couldn't open file " + file + ": " + e.getMessage());
                    return busybox ? 1 : 4;
                }
                text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
                onlyFile = expressions.isEmpty() ? file : null;
                (busybox ? scriptFiles : expressions).add(text);
            } else if (a.startsWith("-i") || a.startsWith("--in-place")) {
                inPlace = a.startsWith("-i") ? a.substring(2) : a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            } else if (a.matches("-[nEr]+")) {
                quiet |= a.contains("n");
                extended |= a.contains("E") || a.contains("r");
            } else if (a.startsWith("-") && a.length() > 1) {
                String problem = a.startsWith("--") ? "unrecognized option '" + a + "'" : "invalid option -- '" + a.charAt(1) + "'";
                return busybox ? BusyboxUsage.refuse(call, problem) : usage(call, problem);
            } else {
                files.add(a);
            }
        }
        if (busybox) {
            expressions.addAll(scriptFiles);
        } else if (expressions.size() != 1) {
            onlyFile = null;
        }
        if (expressions.isEmpty()) {
            if (files.isEmpty()) {
                return busybox ? BusyboxUsage.show(call) : usage(call, null);
            }
            expressions.add(files.remove(0));
        }
        String first = expressions.get(0);
        if (first.equals("#n") || first.startsWith("#n\n")) {
            quiet = true; // POSIX: "#n" alone on the script's first line is -n
        }
        List<SedScript.Command> commands;
        try {
            commands = SedScript.parse(String.join("\n", expressions), extended, !busybox);
        } catch (SedRefusal e) {
            call.err().println("sed: " + (busybox ? e.busybox()
                    : onlyFile != null ? e.inFile(onlyFile, expressions.get(0)) : e.getMessage()));
            return busybox ? 1 : e.gnuStatus();
        }
        Sed sed = new Sed(call, commands, quiet);
        if (inPlace != null) {
            return sed.inPlace(files, inPlace, busybox);
        }
        return sed.stream(files.isEmpty() ? List.of("-") : files, busybox);
    }

    private static int usage(Invocation call, String problem) {
        if (problem != null) {
            call.err().println("sed: " + problem);
        }
        // GNU's usage after a refusal leaves out --help's last line, the address for bug reports
        call.err().println(GnuHelp.text("sed --help").orElse("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...")
                .replaceFirst("\nE-mail bug reports to: <bug-sed@gnu\\.org>\\.\\s*$", ""));
        return 1;
    }

    private int stream(List<String> files, boolean busybox) throws IOException {
        List<String> lines = new ArrayList<>();
        int status = 0;
        for (String f : files) {
            try {
                lines.addAll(Inputs.linesWithEnds(Inputs.read(call, f)));
            } catch (io.dockertutor.sh.DirectoryReadException e) {
                if (!busybox) { // GNU sed stops there (status 4) after what it read before; busybox reads nothing
                    call.out().print(edit(lines));
                    return DirectoryReadWords.SED.report(call, f);
                }
            } catch (IOException e) {
                call.err().println(busybox ? "sed: " + f + ": " + e.getMessage() : "sed: can't read " + f + ": " + e.getMessage());
                status = busybox ? 1 : 2;
            }
        }
        call.out().print(edit(lines));
        call.out().flush();
        return exit != 0 ? exit : status;
    }

    private int inPlace(List<String> files, String suffix, boolean busybox) throws IOException {
        if (files.isEmpty()) {
            call.err().println(busybox ? "sed: no files given for -i" : "sed: no input files");
            return busybox ? 1 : 4;
        }
        int status = 0;
        for (String f : files) {
            try {
                java.nio.file.Path path = call.resolve(f);
                byte[] data = Inputs.read(call, f);
                String result = edit(Inputs.linesWithEnds(data));
                if (!suffix.isEmpty()) {
                    Files.write(call.resolve(f + suffix), data);
                }
                Files.writeString(path, result, StandardCharsets.UTF_8);
            } catch (IOException | OutsideViewException e) {
                String reason = e instanceof OutsideViewException o ? call.reason(o) : e.getMessage();
                call.err().println(busybox ? "sed: " + f + ": " + reason : "sed: can't read " + f + ": " + reason);
                status = busybox ? 1 : 2;
            }
        }
        return status;
    }

    /** Runs the script over {@code lines} (each with its newline, the last maybe without); the output. */
    private String edit(List<String> lines) {
        SedMachine machine = new SedMachine(call, script, quiet);
        String out = machine.run(lines);
        exit = machine.exitStatus();
        return out;
    }
}
