/**
 * The interactive tutor: the JLine REPL loop, tutor commands, lessons played step by step, undo and reset,
 * completion and highlighting. Depends on lessons, checker, engine, shell.render and shell.progress; nothing depends on it but Main.
 */
package io.dockertutor.shell.repl;
