/**
 * Mutants: near-miss variants of a step's solution (a flag dropped, ports swapped, an option after the image...),
 * derived through the docker CLI's grammar, for {@code validate --mutants} to prove that no wrong answer passes a
 * check. Pure text to text: depends on the docker-cli grammar only, never on engines or lessons.
 */
package io.dockertutor.lessons.mutants;
