/**
 * Lesson lint: what makes a lesson teach worse though it loads and validates (a step's text that gives away its
 * solution, literal asterisks where emphasis was meant), found in a step's Markdown text, with the bilingual
 * messages. Knows Markdown (commonmark) and plain strings only; the reader places each finding in its file.
 */
package io.dockertutor.lessons.lint;
