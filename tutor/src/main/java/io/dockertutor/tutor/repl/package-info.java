/**
 * The interactive tutor: the JLine REPL loop, tutor commands, lessons played step by step, undo and reset (from
 * snapshots on the simulated engine, by replay on a real one), the engine's banner and the clean-up of the tutor's own
 * objects when an engine session ends, completion and highlighting. Depends on lessons, checker, engine, JLine,
 * tutor.i18n, tutor.render, tutor.progress and tutor.workspace, never on the top-level package {@code tutor}; only the
 * top-level command ({@code TutorCommand}) depends on it. {@code Tutor} only puts the session together: lesson play
 * ({@code LessonFlow}, {@code LessonPlay}), step help ({@code StepHelp}), engine choice ({@code EngineChoice},
 * {@code EngineSessions}) and progress ({@code ProgressKeeper}) are parts given what they need; undo in a lesson and in
 * free practice goes through one {@code UndoStack}.
 */
package io.dockertutor.tutor.repl;
