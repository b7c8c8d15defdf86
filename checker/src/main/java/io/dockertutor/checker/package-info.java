/**
 * The checker: lesson assertions ({@link io.dockertutor.checker.Assertion}, a closed family) and their evaluation
 * against engine state through the engine API only, with failures told in Korean or English. Each kind is
 * handled through {@link io.dockertutor.checker.AssertionVisitor}, so a new kind needs a branch everywhere before
 * it compiles. Depends on the engine module; knows nothing of lesson files or terminals.
 */
package io.dockertutor.checker;
