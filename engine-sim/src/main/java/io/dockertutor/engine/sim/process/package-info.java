/**
 * The programs a simulated container runs, each a small honest model of a real one (nginx, busybox httpd, sleep,
 * a shell, a database): what it prints when it starts, which ports it answers, how it takes signals.
 * Depends on the engine API's value records and the shell language's parser ({@code io.dockertutor.sh}, to read
 * {@code sh -c} scripts); the engine core gives each program a {@link ProgramContext}.
 */
package io.dockertutor.engine.sim.process;
