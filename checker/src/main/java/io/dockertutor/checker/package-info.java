/**
 * The checker: lesson assertions about engine state, evaluated only through the engine API.
 * Depends on the engine module; knows nothing of lesson files or terminals.
 */
package io.dockertutor.checker;
