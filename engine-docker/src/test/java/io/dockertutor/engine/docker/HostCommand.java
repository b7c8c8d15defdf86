package io.dockertutor.engine.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A program run on the test machine, as the user would from a terminal (the docker CLI making objects that carry no
 * docker-tutor label, {@code scripts/lab-engine.sh reset}): test set-up only, never learner input.
 */
public final class HostCommand {
    private HostCommand() {
    }

    /** What {@code command} printed, both streams, stripped; its exit status is not looked at. */
    public static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }

    /** {@link #output} of the docker CLI with {@code args}. */
    public static String docker(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "docker";
        System.arraycopy(args, 0, command, 1, args.length);
        return output(command);
    }
}
