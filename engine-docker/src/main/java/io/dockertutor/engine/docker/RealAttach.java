package io.dockertutor.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.WaitContainerCondition;
import io.dockertutor.engine.Interruption;
import java.io.InputStream;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * {@code docker run} and {@code docker start -a}/{@code docker attach} on the real engine: attach (with standard
 * input when given), wait for the exit (or the removal, with {@code --rm}) asked for before the start, as the CLI's
 * {@code waitExitOrRemoved} does, start, and follow until the process ends. Ctrl-C ({@link Interruption}) reaches a
 * container without a terminal as SIGINT, as the CLI's signal proxy sends it; if the process is still there a
 * moment later the learner gets the prompt back (empty) and the container keeps running.
 */
final class RealAttach {
    private static final long AFTER_SIGINT_SECONDS = 3;

    private final DockerClient client;
    private final DaemonErrors errors;

    RealAttach(DockerClient client, DaemonErrors errors) {
        this.client = client;
        this.errors = errors;
    }

    OptionalInt follow(String id, boolean start, InputStream in, ResultCallback.Adapter<Frame> output, Runnable finish) {
        var inspect = errors.call(() -> client.inspectContainerCmd(id).exec());
        boolean autoRemove = Boolean.TRUE.equals(inspect.getHostConfig().getAutoRemove());
        boolean tty = Boolean.TRUE.equals(inspect.getConfig().getTty());
        var attach = client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true);
        if (in != null) {
            attach.withStdIn(in);
        }
        errors.run(() -> attach.exec(output));
        WaitContainerCondition condition = autoRemove ? WaitContainerCondition.REMOVED
                : start ? WaitContainerCondition.NEXT_EXIT : WaitContainerCondition.NOT_RUNNING;
        WaitContainerResultCallback exit = errors.call(() -> client.waitContainerCmd(id).withCondition(condition)
                .exec(new WaitContainerResultCallback()));
        if (Interruption.await(() -> {
            output.awaitStarted();
            return Boolean.TRUE;
        }) == null) {
            return OptionalInt.empty();
        }
        if (start) {
            errors.run(() -> client.startContainerCmd(id).exec());
        }
        Integer code = Interruption.await(() -> {
            exit.awaitCompletion();
            return exit.awaitStatusCode();
        });
        if (code == null && !tty) {
            errors.run(() -> client.killContainerCmd(id).withSignal("SIGINT").exec());
            code = afterSigint(exit);
        }
        try {
            output.awaitCompletion(1, TimeUnit.SECONDS);
            output.close();
        } catch (InterruptedException | java.io.IOException e) {
            // the output already shown is all there is
        }
        finish.run();
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    private static Integer afterSigint(WaitContainerResultCallback exit) {
        Interruption.clear();
        try {
            return exit.awaitCompletion(AFTER_SIGINT_SECONDS, TimeUnit.SECONDS) ? exit.awaitStatusCode() : null;
        } catch (InterruptedException | RuntimeException e) {
            return null;
        }
    }
}
