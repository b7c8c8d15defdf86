/**
 * The shell's builtin commands (coreutils, grep, tar, xargs, curl and bash builtins), imitating GNU/Debian output
 * byte for byte. Each works only through {@link io.dockertutor.sh.Invocation}: files via the session's
 * file view, the network via {@link io.dockertutor.engine.HostNetwork}. Depends on io.dockertutor.sh only (and
 * commons-compress for tar's format).
 */
package io.dockertutor.sh.builtins;
