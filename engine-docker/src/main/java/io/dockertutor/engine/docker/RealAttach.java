package io.dockertutor.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.WaitContainerCondition;
import io.dockertutor.engine.Interruption;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.io.InputStream;
import java.io.OutputStream;
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
    static final long QUIET_SECONDS = 5;

    private final DockerClient client;
    private final DaemonErrors errors;

    RealAttach(DockerClient client, DaemonErrors errors) {
        this.client = client;
        this.errors = errors;
    }

    OptionalInt follow(String id, boolean start, InputStream in, ResultCallback.Adapter<Frame> output, Runnable finish) {
        return follow(id, start, in, output, finish, null);
    }

    /**
     * As above; with {@code lastOutput} (the {@link System#nanoTime()} of the latest output), a process still running
     * after {@value #QUIET_SECONDS} s without a word (a server) gives the prompt back (empty) and keeps running, as
     * the simulated engine's servers do: the tutor says what real docker would do instead of holding the terminal,
     * and a validation's foreground {@code docker run nginx} does not wait forever.
     */
    OptionalInt follow(String id, boolean start, InputStream in, ResultCallback.Adapter<Frame> output, Runnable finish,
                       java.util.function.LongSupplier lastOutput) {
        var inspect = errors.call(() -> client.inspectContainerCmd(id).exec());
        boolean tty = Boolean.TRUE.equals(inspect.getConfig().getTty());
        var attach = client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true);
        if (in != null) {
            attach.withStdIn(in);
        }
        errors.run(() -> attach.exec(output));
        ExitWatch exit = waitFor(id, inspect, start);
        if (Interruption.await(() -> {
            output.awaitStarted();
            return Boolean.TRUE;
        }) == null) {
            return OptionalInt.empty();
        }
        Integer code;
        if (lastOutput == null) {
            code = startAndAwait(id, start, tty, exit);
        } else {
            if (start) {
                errors.run(() -> client.startContainerCmd(id).exec());
            }
            boolean[] quiet = {false};
            code = Interruption.await(() -> {
                while (!exit.ended(200)) {
                    if (System.nanoTime() - lastOutput.getAsLong() > TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
                        quiet[0] = true;
                        return null;
                    }
                }
                return exit.awaitStatusCode();
            });
            if (code == null && !quiet[0] && !tty) {
                errors.run(() -> client.killContainerCmd(id).withSignal("SIGINT").exec());
                code = afterSigint(exit);
            }
        }
        try {
            output.awaitCompletion(code == null ? 0 : 1, TimeUnit.SECONDS);
            output.close();
        } catch (InterruptedException | java.io.IOException e) {
            // the output already shown is all there is
        }
        finish.run();
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /**
     * As {@link #follow} with standard input, over a connection hijacked as the CLI does ({@link HijackedAttach}): the
     * end of {@code in} reaches the container as end of file.
     */
    OptionalInt followHijacked(DockerEndpoint endpoint, String id, boolean start, InputStream in, OutputStream out,
                               OutputStream err) {
        var inspect = errors.call(() -> client.inspectContainerCmd(id).exec());
        boolean tty = Boolean.TRUE.equals(inspect.getConfig().getTty());
        try (HijackedAttach attach = errors.call(() -> HijackedAttach.open(endpoint, id, tty, in, out, err))) {
            ExitWatch exit = waitFor(id, inspect, start);
            if (start) {
                errors.run(() -> client.startContainerCmd(id).exec());
            }
            attach.converse(in, () -> exited(exit));
            Integer code = await(id, tty, exit);
            attach.awaitOutput(1000);
            attach.flushHeldBack(out);
            return code == null ? OptionalInt.empty() : OptionalInt.of(code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** The wait for the exit (or the removal, with {@code --rm}), asked for before the start as the CLI asks. */
    private ExitWatch waitFor(String id, InspectContainerResponse inspect, boolean start) {
        boolean autoRemove = Boolean.TRUE.equals(inspect.getHostConfig().getAutoRemove());
        WaitContainerCondition condition = autoRemove ? WaitContainerCondition.REMOVED
                : start ? WaitContainerCondition.NEXT_EXIT : WaitContainerCondition.NOT_RUNNING;
        return errors.call(() -> client.waitContainerCmd(id).withCondition(condition).exec(new ExitWatch()));
    }

    /** Starts (when asked) and waits for the exit code; Ctrl-C sends SIGINT to a container without a terminal. */
    private Integer startAndAwait(String id, boolean start, boolean tty, ExitWatch exit) {
        if (start) {
            errors.run(() -> client.startContainerCmd(id).exec());
        }
        return await(id, tty, exit);
    }

    private static boolean exited(ExitWatch exit) {
        try {
            return exit.ended(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Integer await(String id, boolean tty, ExitWatch exit) {
        Integer code = Interruption.await(() -> {
            exit.awaitCompletion();
            return exit.awaitStatusCode();
        });
        if (code == null && !tty) {
            errors.run(() -> client.killContainerCmd(id).withSignal("SIGINT").exec());
            code = afterSigint(exit);
        }
        return code;
    }

    private static Integer afterSigint(ExitWatch exit) {
        Interruption.clear();
        try {
            return exit.awaitCompletion(AFTER_SIGINT_SECONDS, TimeUnit.SECONDS) ? exit.awaitStatusCode() : null;
        } catch (InterruptedException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A wait for the container's exit that can be checked without ending it: docker-java's timed
     * {@code awaitCompletion} closes the wait's stream when the time is up.
     */
    private static final class ExitWatch extends WaitContainerResultCallback {
        private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

        @Override
        public void onComplete() {
            super.onComplete();
            ended.countDown();
        }

        @Override
        public void onError(Throwable throwable) {
            super.onError(throwable);
            ended.countDown();
        }

        boolean ended(long millis) throws InterruptedException {
            return ended.await(millis, TimeUnit.MILLISECONDS);
        }
    }
}
