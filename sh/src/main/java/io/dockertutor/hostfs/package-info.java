/**
 * The one confined view of files that the shell builtins, the docker CLI emulation and the simulated engine go
 * through: symbolic links resolved component by component, nothing outside the workspace (or a container's root)
 * ever read, written or followed. Depends on the JDK and {@code io.dockertutor.sh} (the {@code FileView} contract).
 */
package io.dockertutor.hostfs;
