/**
 * The learner's small shell: a bash-compatible parser ({@link io.dockertutor.sh.ShellSyntax}), its executor
 * ({@link io.dockertutor.sh.Shell}) and the confined file views builtins work through.
 * Depends only on the JDK and {@code io.dockertutor.engine.HostNetwork}; never starts a host process.
 */
package io.dockertutor.sh;
