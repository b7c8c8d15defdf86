/**
 * docker-tutor's own words in Korean and English ({@link io.dockertutor.tutor.i18n.TutorMessages} over
 * {@code io/dockertutor/tutor/messages*.properties}). Depends on the JDK only; every other package of the app may use
 * it, so the top-level commands and the REPL need not depend on each other for their messages.
 */
package io.dockertutor.tutor.i18n;
