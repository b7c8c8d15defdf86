/**
 * Opening engines: {@link io.dockertutor.tutor.engines.EngineFactory} is the one place the app builds the simulated
 * or the real engine, for the tutor, {@code run}, {@code validate} and {@code prefetch} alike. Depends on engine-sim,
 * engine-docker and the app's messages; nothing else in the app names a concrete engine.
 */
package io.dockertutor.tutor.engines;
