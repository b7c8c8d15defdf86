package io.dockertutor.lessons.lint;

/**
 * A place in a Markdown text: its line (0-based), the column in that line (0-based, in chars) and the line itself,
 * so that the reader can find the same line in the lesson file and report it at {@code file:line:column}.
 *
 * @param found what stands there: the command given away, or the asterisks shown literally
 */
public record TextSpot(int line, int column, String lineText, String found) {
}
