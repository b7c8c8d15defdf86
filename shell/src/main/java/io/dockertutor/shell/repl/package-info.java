/**
 * The interactive tutor: the JLine REPL loop, tutor commands, lessons played step by step, undo and reset,
 * completion and highlighting. Depends on lessons, checker, engine, JLine, shell.render and shell.progress; only the
 * top-level command ({@code TutorCommand}) depends on it.
 */
package io.dockertutor.shell.repl;
