/**
 * {@code docker-tutor serve}: the classroom server. Its command line and wiring live here; the web routes, the
 * browser terminals, the class's live state and the database live in subpackages. Above the tutor: it may use every
 * module below it, nothing uses it but the runnable jar (module {@code app}).
 */
package io.dockertutor.serve;
