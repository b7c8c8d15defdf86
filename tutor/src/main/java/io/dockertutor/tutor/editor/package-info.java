/**
 * The learner's editor: {@code edit FILE}, {@code nano FILE} and {@code vi FILE} in the practice shell open JLine's
 * Nano on a copy of a workspace file in a private directory, and only what was saved goes back, through the shell's
 * confined file view. Depends on sh (the command table, {@code ConfinedFileView} through {@code Invocation}), JLine and
 * tutor.i18n; the REPL (tutor.repl) and the batch runner put it into their shells.
 */
package io.dockertutor.tutor.editor;
