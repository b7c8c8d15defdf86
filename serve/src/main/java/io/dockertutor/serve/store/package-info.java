/**
 * The class's database: learners, their progress (one row each, written in one transaction per save) and the events
 * derived from it, the teacher's snapshot and the exports (CSV, JUnit XML). SQLite by default, PostgreSQL for a
 * department; one Flyway schema for both. Uses the tutor's progress model and the lessons' step ids; nothing here
 * knows the web server.
 */
package io.dockertutor.serve.store;
