/**
 * The simulated engine's file systems: a container's copy-on-write root over its image, its mount table (binds,
 * volumes, tmpfs), the volume store, {@code -v}/{@code --mount} parsing, archives for {@code docker cp} and the shell
 * that runs inside a container. Depends on the engine API, the catalog, the shell language, Jimfs and commons-compress.
 */
package io.dockertutor.engine.sim.fs;
