/**
 * The class's database: learners and their session tokens, the teacher's token of each class, the learners' progress
 * (one row each, written in one transaction per save) and the events derived from it, the teacher's snapshot and the
 * exports (CSV, JUnit XML). SQLite by default, PostgreSQL for a department; one Flyway schema for both. Uses the
 * tutor's progress model and the lessons' step ids; nothing here knows the web server.
 * {@link io.dockertutor.serve.store.RandomTokens} makes every token the server hands out.
 */
package io.dockertutor.serve.store;
