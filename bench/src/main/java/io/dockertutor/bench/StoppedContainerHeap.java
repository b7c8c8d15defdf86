package io.dockertutor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap bytes each stopped container keeps: a fresh session pulls busybox, then runs {@code docker run busybox echo hi}
 * N times through the interpreter as a learner would (each checked: exit 0 and "hi" printed), and the used heap
 * after full collections, less the session's own, is divided by N. A harness rather than a JMH benchmark because it
 * measures what stays, not how long anything takes; it keeps every session alive until its measurement is done.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.dockertutor.bench.StoppedContainerHeap 100 1500
 * containers=100 heap_per_stopped_container=4537 bytes
 * </pre>
 */
public final class StoppedContainerHeap {
    private StoppedContainerHeap() {
    }

    public static void main(String[] args) {
        List<Integer> counts = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"100", "1500"} : args) {
            counts.add(Integer.parseInt(a));
        }
        for (int n : counts) {
            System.out.println("containers=" + n + " heap_per_stopped_container=" + bytesPerContainer(n) + " bytes");
        }
    }

    /** The used heap that {@code n} stopped {@code busybox echo hi} containers add, per container. */
    public static long bytesPerContainer(int n) {
        try (LearnerSession session = LearnerSession.open()) {
            session.withImages("busybox");
            session.expect("docker run busybox echo hi", "hi"); // loads every class a run needs before the baseline
            session.expect("docker rm -f $(docker ps -aq)");
            long before = usedHeapAfterCollection();
            for (int i = 0; i < n; i++) {
                session.expect("docker run busybox echo hi", "hi");
            }
            long after = usedHeapAfterCollection();
            session.expect("docker ps -aq | wc -l", String.valueOf(n));
            return (after - before) / n;
        }
    }

    private static long usedHeapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Collections are requests; the lowest of a few is the live heap.
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
