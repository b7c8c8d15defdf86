/**
 * The classroom load generator: {@code docker-tutor serve} in a child process, N learners over WebSockets walking
 * the bundled lessons' solutions, and what it cost (per-command latency percentiles, the server's processor time and
 * peak memory). Uses only the lessons module and the JDK's HTTP client; the server is reached as a browser would.
 */
package io.dockertutor.bench.classroom;
