package io.dockertutor.bench.classroom;

import io.dockertutor.lessons.Lesson;
import io.dockertutor.lessons.LessonLibrary;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classroom load generator (bench/README.md, "Classroom load"): starts {@code docker-tutor serve} in a child JVM,
 * then N learners that join over HTTP and walk the bundled lessons' solutions through the terminal's WebSocket, with
 * or without think time. Reports the per-command round trip (typed line to prompt back) as percentiles, failed
 * commands and steps, and the server's processor time and peak resident memory. One learner alone walks the same
 * lessons first in the same server: its median is the baseline the class's figures are set against. With
 * {@code --repeat 'LINE'} nobody walks a lesson: every learner types that one line over and over, the floor of a round
 * trip whatever the lessons cost.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.dockertutor.bench.classroom.ClassroomLoad --learners 200 --think-ms 0
 * </pre>
 */
public final class ClassroomLoad {
    private ClassroomLoad() {
    }

    record Options(int learners, Duration think, int lessons, Path jar, List<String> jvm, Duration ramp, int warmups,
                   List<String> serve, Path timeline, boolean assemble, String repeat, int times) {
        static Options parse(String[] args) {
            int learners = 200;
            long think = 0;
            int lessons = Integer.MAX_VALUE;
            Path jar = Path.of("app/target/docker-tutor.jar");
            List<String> jvm = List.of("-Xss4m", "-Dfile.encoding=UTF-8");
            long ramp = 10;
            int warmups = 0;
            List<String> serve = null;
            Path timeline = null;
            boolean assemble = false;
            String repeat = null;
            int times = 99;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--learners" -> learners = Integer.parseInt(value);
                    case "--think-ms" -> think = Long.parseLong(value);
                    case "--lessons" -> lessons = Integer.parseInt(value);
                    case "--jar" -> jar = Path.of(value);
                    case "--jvm" -> jvm = Arrays.asList(value.trim().split("\\s+"));
                    case "--ramp-ms" -> ramp = Long.parseLong(value);
                    case "--warmup-classes" -> warmups = Integer.parseInt(value);
                    case "--serve" -> serve = Arrays.asList(value.trim().split("\\s+"));
                    case "--timeline" -> timeline = Path.of(value);
                    case "--repeat" -> repeat = value;
                    case "--times" -> times = Integer.parseInt(value);
                    case "--assemble" -> {
                        assemble = true;
                        i--; // takes no value
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --learners N --think-ms MS --lessons K --jar PATH --jvm 'OPTIONS' --ramp-ms MS --warmup-classes N --serve 'OPTIONS' --timeline FILE --assemble --repeat 'LINE' --times N)");
                }
                i++;
            }
            return new Options(learners, Duration.ofMillis(think), lessons, jar, jvm, Duration.ofMillis(ramp), warmups, serve,
                    timeline, assemble, repeat, times);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<Lesson> all = LessonLibrary.bundled().lessons();
        List<Lesson> lessons = all.subList(0, Math.min(options.lessons(), all.size()));
        int steps = lessons.stream().mapToInt(l -> l.steps().size()).sum();
        if (options.repeat() != null) {
            // The floor: no lesson, every learner types the same line (--times of it; up to serve's burst of 100
            // Enters, its 20-a-second limit never holds a line back) without a pause.
            System.out.printf(Locale.ROOT, "classroom load: %d learners, each typing `%s` %d times without a pause, server %s%n",
                    options.learners(), options.repeat(), options.times(), String.join(" ", options.jvm()));
        } else {
            System.out.printf(Locale.ROOT, "classroom load: %d learners, think time %d ms, %d lessons (%d steps), server %s%n",
                    options.learners(), options.think().toMillis(), lessons.size(), steps, String.join(" ", options.jvm()));
        }
        Walk walk = options.repeat() == null ? learner -> learner.walk(lessons)
                : learner -> learner.repeat(options.repeat(), options.times());
        // Every simulated learner comes from 127.0.0.1: the per-address limits (8 browsers, 60 joins a minute by
        // default) are raised to the class, and the class's own limit to the class plus the solo learner.
        String room = String.valueOf(options.learners() + 1);
        // Warm-up classes join the same class first: the class's limit and the address's join rate count them too.
        String everyone = String.valueOf((options.learners() + 1) * (options.warmups() + 1));
        boolean failed;
        // --serve replaces these: an older serve (a baseline commit) may not know every option.
        List<String> limits = options.serve() != null ? options.serve()
                : List.of("--max-learners", everyone, "--max-per-address", room, "--joins-per-minute", everyone);
        try (ServerProcess server = ServerProcess.start(options.jar(), options.jvm(), limits)) {
            // serve's own warm-up (its practice learners, before it prints the teacher's link), as it reported it.
            server.startupLines().stream().filter(l -> l.startsWith("Warm")).forEach(l -> System.out.println("serve: " + l));
            ExecutorService io = Executors.newFixedThreadPool(4);
            HttpClient http = HttpClient.newBuilder().executor(io).build();
            String base = "http://127.0.0.1:" + server.port;
            // A server that has been up for a while: whole classes walk first, unmeasured, and leave with `exit`.
            for (int w = 1; w <= options.warmups(); w++) {
                long warmStart = System.nanoTime();
                Run warm = run(http, base, options.learners(), options.think(), walk, options.ramp(), "warmup" + w,
                        options.assemble());
                System.out.printf(Locale.ROOT, "warm-up class %d: %d commands, %d failed, p50 %.1f ms, p99 %.1f ms, %.1f s%n", w,
                        warm.commands, warm.failures + warm.joinFailures, warm.latencies.percentileMillis(50),
                        warm.latencies.percentileMillis(99), (System.nanoTime() - warmStart) / 1e9);
            }
            long heldBefore = LoadLearner.HELD_BACK_MILLIS.sum();
            Run solo = run(http, base, 1, Duration.ZERO, walk, Duration.ZERO, "solo", false);
            long heldBySolo = LoadLearner.HELD_BACK_MILLIS.sum() - heldBefore;
            double cpuBefore = server.cpuSeconds();
            double ownBefore = ownCpuSeconds();
            double systemBefore = server.systemSeconds();
            long wallStart = System.nanoTime();
            long framesBefore = LoadLearner.FRAMES.sum();
            long bytesBefore = LoadLearner.FRAME_BYTES.sum();
            Run klass = run(http, base, options.learners(), options.think(), walk, options.ramp(), "learner",
                    options.assemble());
            if (options.timeline() != null) {
                // Each measured command: when it was typed (ms after the class began), its round trip, the command.
                java.nio.file.Files.write(options.timeline(), klass.latencies.timeline(wallStart));
            }
            long frames = LoadLearner.FRAMES.sum() - framesBefore;
            long frameBytes = LoadLearner.FRAME_BYTES.sum() - bytesBefore;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double cpu = server.cpuSeconds() - cpuBefore;
            double own = ownCpuSeconds() - ownBefore;
            double system = server.systemSeconds() - systemBefore;
            System.out.printf(Locale.ROOT, "baseline, one learner alone: %d commands, %d failed, p50 %.1f ms, p99 %.1f ms%n",
                    solo.latencies.count(), solo.failures + solo.joinFailures, solo.latencies.percentileMillis(50),
                    solo.latencies.percentileMillis(99));
            System.out.printf(Locale.ROOT, "lines held back before typing for serve's limit of 20 Enters a second: %.1f s for the one learner, %.1f s for the class%n",
                    heldBySolo / 1e3, (LoadLearner.HELD_BACK_MILLIS.sum() - heldBefore - heldBySolo) / 1e3);
            System.out.printf(Locale.ROOT, "class: %d commands, %d failed (commands without a prompt back, steps without ✓, learners that could not join: %d)%n",
                    klass.commands, klass.failures, klass.joinFailures);
            Latencies l = klass.latencies;
            System.out.printf(Locale.ROOT, "round trip of the other commands, ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (p50 %.1fx and p99 %.1fx the solo p50)%n",
                    l.percentileMillis(50), l.percentileMillis(90), l.percentileMillis(99), l.percentileMillis(100),
                    l.percentileMillis(50) / solo.latencies.percentileMillis(50), l.percentileMillis(99) / solo.latencies.percentileMillis(50));
            StringBuilder bySecond = new StringBuilder();
            l.percentileBySecond(wallStart, 99).forEach((second, ms) ->
                    bySecond.append(String.format(Locale.ROOT, " %d-%ds %.0f", second, second + 1, ms)));
            System.out.println("p99 of the commands typed in each second of the class, ms:" + bySecond);
            System.out.println("slowest of the other commands:");
            l.slowest().forEach(System.out::println);
            System.out.printf(Locale.ROOT, "joins (name sent to first prompt): p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%n",
                    klass.joins.percentileMillis(50), klass.joins.percentileMillis(99), klass.joins.percentileMillis(100),
                    options.assemble() ? ", all before anybody walked (--assemble)" : ", while the others walked");
            System.out.printf(Locale.ROOT, "pulls that download and lesson starts (pulls paced to about a second each on purpose): %d, p50 %.1f ms, p99 %.1f ms%n",
                    klass.pulls.count(), klass.pulls.percentileMillis(50), klass.pulls.percentileMillis(99));
            System.out.printf(Locale.ROOT, "server: %.1f s of processor (%.1f s of it in the kernel) over %.1f s (%.2f cores), %.2f ms per command, peak RSS %.0f MiB (since its start)%n",
                    cpu, system, wall, cpu / wall, cpu * 1000 / Math.max(1, klass.commands), server.peakRssMiB());
            System.out.printf(Locale.ROOT, "screen frames sent to the class: %d (%.1f per command), %.1f MB%n",
                    frames, frames / (double) Math.max(1, klass.commands), frameBytes / 1e6);
            System.out.printf(Locale.ROOT, "load generator (this process, sharing the machine): %.1f s of processor during the class (%.2f ms per command), %.1f s since it started%n",
                    own, own * 1000 / Math.max(1, klass.commands), ownCpuSeconds());
            // The learners' sockets are closed; their tutors wait for a reconnect until --idle. Waiting costs nothing.
            double idleBefore = server.cpuSeconds();
            Thread.sleep(IDLE_WATCH.toMillis());
            System.out.printf(Locale.ROOT, "server with %d disconnected learners: %.2f cores in the %d s after the class%n",
                    options.learners() + 1, (server.cpuSeconds() - idleBefore) / IDLE_WATCH.toSeconds(), IDLE_WATCH.toSeconds());
            io.shutdownNow();
            failed = klass.failures != 0 || klass.joinFailures != 0;
        }
        // Only now: System.exit inside the try would leave the server process running.
        System.exit(failed ? 1 : 0);
    }

    private static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    }

    private static final Duration IDLE_WATCH = Duration.ofSeconds(3);

    private record Run(Latencies latencies, Latencies pulls, Latencies joins, int commands, int failures, int joinFailures) {
    }

    /** What each learner of a run does once joined: walk the lessons, or type one line over and over. */
    private interface Walk {
        void walk(LoadLearner learner) throws InterruptedException;
    }

    private static Run run(HttpClient http, String base, int count, Duration think, Walk walk, Duration ramp,
                           String prefix, boolean assemble) throws InterruptedException {
        Latencies latencies = new Latencies();
        Latencies joins = new Latencies();
        // --assemble: nobody walks before everybody has joined (a teacher who says "now start lesson 1").
        java.util.concurrent.CountDownLatch assembled = new java.util.concurrent.CountDownLatch(assemble ? count : 0);
        Latencies pulls = new Latencies();
        AtomicInteger commands = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger joinFailures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i;
            long seed = i;
            done.add(pool.submit(() -> {
                LoadLearner learner = new LoadLearner(http, base, name, latencies, pulls, think, seed);
                try {
                    long joining = System.nanoTime();
                    try {
                        learner.join();
                    } finally {
                        assembled.countDown();
                    }
                    joins.add(System.nanoTime() - joining);
                    assembled.await();
                    walk.walk(learner);
                    if (prefix.startsWith("warmup")) {
                        learner.exit();
                    }
                } catch (Exception e) {
                    joinFailures.incrementAndGet();
                    System.err.println(e.getMessage());
                } finally {
                    commands.addAndGet(learner.commands);
                    failures.addAndGet(learner.failures);
                    learner.close();
                }
                return null;
            }));
            Thread.sleep(ramp.toMillis());
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                joinFailures.incrementAndGet();
            }
        }
        pool.shutdown();
        return new Run(latencies, pulls, joins, commands.get(), failures.get(), joinFailures.get());
    }
}
