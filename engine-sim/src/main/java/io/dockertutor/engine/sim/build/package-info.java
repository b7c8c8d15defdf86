/**
 * Image builds in the simulated engine: Dockerfile parsing with BuildKit's rules, the build cache, layers and sizes
 * (from the size table resource), multi-stage builds, and the program models of what {@code go build} produces.
 * Depends on the engine API, {@code sim.catalog} (files) and {@code sim.process}; never on the CLI or lessons.
 */
package io.dockertutor.engine.sim.build;
