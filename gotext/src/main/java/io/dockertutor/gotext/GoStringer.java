package io.dockertutor.gotext;

/** A value with a Go {@code String()} method (e.g. time.Time, nat.Port): fmt prints what it returns. */
public interface GoStringer {
    String goString();
}
