/**
 * The docker-tutor program: its command line ({@link io.dockertutor.tutor.Main}), the interactive shell and the
 * batch, validation and authoring commands. The only module that knows about terminals; depends on all others.
 * Within the module the direction is one-way: this package uses {@code repl}, {@code progress} and {@code i18n};
 * none of them uses this package.
 */
package io.dockertutor.tutor;
