/**
 * The docker-tutor program: its command line ({@link io.dockertutor.shell.Main}), the interactive shell and the
 * batch, validation and authoring commands. The only module that knows about terminals; depends on all others.
 */
package io.dockertutor.shell;
