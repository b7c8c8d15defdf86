/**
 * The learner's small shell: a bash-compatible parser ({@link io.dockertutor.sh.ShellSyntax}), its executor
 * ({@link io.dockertutor.sh.ShellSession}) and the {@link io.dockertutor.sh.FileView} contract builtins work through (its one
 * confined implementation, which resolves symbolic links, lives in {@code io.dockertutor.hostfs}).
 * Depends only on the JDK and {@code io.dockertutor.engine.HostNetwork}; never starts a host process.
 */
package io.dockertutor.sh;
