package io.dockertutor.checker;

/**
 * One branch per kind of {@link Assertion}: every kind's {@code accept} calls its own method here, so adding a kind
 * to the sealed family means adding a method, and every evaluator, describer and walker stops compiling until it
 * has a branch for it. Java 17 has no pattern matching for {@code switch}; this is how the compiler checks that
 * the dispatch is complete.
 *
 * <pre>{@code
 * String key = assertion.accept(new AssertionVisitor<String>() { ... });
 * }</pre>
 *
 * @param <R> what each branch returns
 */
public interface AssertionVisitor<R> {

    R containerIs(Assertion.ContainerIs a);

    R containerCount(Assertion.ContainerCount a);

    R imageIs(Assertion.ImageIs a);

    R volumeIs(Assertion.VolumeIs a);

    R fileIs(Assertion.FileIs a);

    R httpAnswers(Assertion.HttpAnswers a);

    R ran(Assertion.Ran a);

    R output(Assertion.Output a);

    R not(Assertion.Not a);

    R anyOf(Assertion.AnyOf a);
}
