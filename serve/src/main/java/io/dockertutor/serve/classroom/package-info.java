/**
 * The class as the teacher sees it, live: the grid of learners by lesson step read from the class database
 * ({@link io.dockertutor.serve.classroom.ClassGrid}), the feed that pushes it when a learner's progress is saved, when
 * each learner was last active. Depends on the store and the lessons; no HTTP here.
 */
package io.dockertutor.serve.classroom;
