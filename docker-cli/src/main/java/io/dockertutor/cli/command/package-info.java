/**
 * The docker CLI, emulated: one small class per command turns a parsed command line into engine API calls
 * and prints what docker CLI v28 prints. Output formats live here and only here, so every engine prints alike.
 * Depends on the engine API, the grammar and the format toolkit; never on a particular engine.
 */
package io.dockertutor.cli.command;
