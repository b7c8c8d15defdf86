package io.dockertutor.serve.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How fast new learners may join from one network address: a token bucket per address that holds a minute's worth of
 * joins ({@code --joins-per-minute}, {@value ServerSettings#JOINS_PER_MINUTE} by default) and refills at that rate.
 *
 * <p>Why a full minute's worth at once: a classroom often reaches the server through one NAT address, and its learners
 * all join in the first minute of the lesson; a burst of 60 lets a class of 60 in together, and the refill (one a
 * second) lets latecomers in without waiting. A script on one address still cannot fill the class at once: past the
 * burst it adds one learner a second, which the teacher sees on the grid long before {@code --max-learners} is
 * reached. A browser that already holds its session cookie never counts (see {@link LearnerRoutes}).
 *
 * <pre>{@code
 * JoinRate rate = new JoinRate(60);
 * rate.take("10.0.0.7");   // empty: join; or the wait before this address may add another learner (HTTP 429)
 * }</pre>
 */
final class JoinRate {
    /** Past this many addresses, the full buckets (addresses quiet for a minute) are forgotten. */
    private static final int FORGET_PAST = 1000;

    private final int perMinute;
    private final double nanosPerJoin;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code joins} left at {@code at} (System.nanoTime). */
    private record Bucket(double joins, long at) {
    }

    JoinRate(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    JoinRate(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one join a minute (got " + perMinute + ")");
        }
        this.perMinute = perMinute;
        this.nanosPerJoin = Duration.ofMinutes(1).toNanos() / (double) perMinute;
        this.nanoTime = nanoTime;
    }

    /** Counts one join from {@code address}: empty when it may join now, else how long until it may (nothing counted). */
    Optional<Duration> take(String address) {
        long now = nanoTime.getAsLong();
        Duration[] wait = {null};
        buckets.compute(address, (a, bucket) -> {
            double joins = joinsAt(bucket, now);
            if (joins >= 1) {
                return new Bucket(joins - 1, now);
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - joins) * nanosPerJoin));
            return new Bucket(joins, now);
        });
        if (buckets.size() > FORGET_PAST) {
            buckets.values().removeIf(bucket -> joinsAt(bucket, now) >= perMinute);
        }
        return Optional.ofNullable(wait[0]);
    }

    private double joinsAt(Bucket bucket, long now) {
        return bucket == null ? perMinute : Math.min(perMinute, bucket.joins() + (now - bucket.at()) / nanosPerJoin);
    }
}
