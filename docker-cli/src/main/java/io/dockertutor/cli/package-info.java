/**
 * The command interpreter a learner types into, shared by the interactive shell and the batch runner: the shell
 * language and builtins with {@code docker} plugged in, over one engine and one confined workspace.
 * Depends on the engine API, the shell language and the docker CLI emulation; knows nothing of lessons or terminals.
 */
package io.dockertutor.cli;
