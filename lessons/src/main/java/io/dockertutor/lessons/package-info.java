/**
 * Lessons: the typed model of lesson YAML files, their loader and linter, and the validator that proves each
 * lesson solvable and each check strict. The YAML keys of checks live in one list, {@code AssertionKinds}.
 * Depends on the checker and the engine; knows nothing of terminals.
 */
package io.dockertutor.lessons;
