package io.dockertutor.engine;

/**
 * Standard input that reads from a person at a line editor: a program that wants to show a prompt before reading
 * (an interactive shell in a container) hands it over here, so the editor draws it instead of erasing it.
 */
public interface Prompter {
    void prompt(String text);
}
