/**
 * The HTTP side of {@code docker-tutor serve}, on Javalin: the learner's page, {@code /join} and the terminal's
 * WebSocket {@code /ws/term}; the teacher's page, its token, {@code /api/class} with its live feed, the read-only view
 * of a learner's terminal and the exports. Uses the browser terminals ({@code term}) and the class ({@code classroom}).
 */
package io.dockertutor.serve.web;
