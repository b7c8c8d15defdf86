/**
 * The interactive tutor: the JLine REPL loop, tutor commands, lessons played step by step, undo and reset (from
 * snapshots on the simulated engine, by replay on a real one), the engine's banner and the clean-up of the tutor's own
 * objects when an engine session ends, completion and highlighting. Depends on lessons, checker, engine, JLine,
 * shell.i18n, shell.render, shell.progress and shell.workspace, never on the top-level package {@code shell}; only the
 * top-level command ({@code TutorCommand}) depends on it.
 */
package io.dockertutor.shell.repl;
