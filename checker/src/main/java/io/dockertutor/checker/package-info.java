/**
 * The checker: lesson assertions ({@link io.dockertutor.checker.Assertion}, a closed family) and their evaluation
 * against engine state through the engine API only, with failures told in Korean or English. Depends on the
 * engine module; knows nothing of lesson files or terminals.
 */
package io.dockertutor.checker;
