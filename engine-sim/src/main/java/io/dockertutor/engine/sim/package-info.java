/**
 * The simulated engine: a Docker daemon modelled in memory (images, registry, containers, volumes, builds),
 * answering through the engine API with the daemon's own behaviour and messages. Depends on the engine API,
 * the catalog and the shell language (for programs run inside containers); knows nothing of the CLI above it.
 */
package io.dockertutor.engine.sim;
