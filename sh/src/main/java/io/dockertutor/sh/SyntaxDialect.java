package io.dockertutor.sh;

/**
 * Whose words a shell uses for syntax errors: bash ({@code syntax error near unexpected token 'done'}), busybox
 * ash ({@code syntax error: unexpected "done"}) or dash ({@code 1: Syntax error: "done" unexpected}). The learner's
 * own shell speaks bash; a container's {@code sh} speaks its image's.
 */
public enum SyntaxDialect {
    BASH, ASH, DASH
}
