/**
 * The real engine: {@link io.dockertutor.engine.docker.DockerJavaEngine} implements the engine API on docker-java
 * against a Docker daemon (DOCKER_HOST, TLS settings or the current Docker context), one small class per concern.
 * Depends on the engine API and docker-java; no docker-java type leaves this package.
 */
package io.dockertutor.engine.docker;
