/**
 * The class as the server sees it: who joined ({@link io.dockertutor.serve.classroom.Roster}), where each learner is
 * in their lesson (the teacher's grid, {@link io.dockertutor.serve.classroom.ClassGrid}) and the feed that pushes the
 * grid to the teacher's page when it changes. Depends on the tutor's progress model and the lessons; no HTTP here.
 */
package io.dockertutor.serve.classroom;
