/**
 * JMH benchmarks of what a learner's commands cost in-process: single docker commands, a 1,000-command batch,
 * engine start-up and the docker grammar's first load, all through the public {@code Interpreter} API.
 * Depends on the engine module's public API (and JMH); nothing depends on it.
 */
package io.dockertutor.bench;
