/**
 * A learner's progress (lessons done, current step, hints, solutions, time, attempts) and its file under the
 * state directory, written atomically. Depends on SnakeYAML and the JDK only: no terminal, no lessons, no engine.
 */
package io.dockertutor.shell.progress;
