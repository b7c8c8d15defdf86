/**
 * The engine API: what the docker CLI asks of a Docker engine, as one interface ({@link io.dockertutor.engine.Engine})
 * and plain value records. Both the simulated engine and the real engine (docker-java) implement it.
 * Depends on nothing else in the project; knows nothing of lessons, terminals or output formats.
 */
package io.dockertutor.engine;
