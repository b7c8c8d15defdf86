package io.dockertutor.gotext;

import java.util.List;

/**
 * A function callable from a template (or a struct method taking arguments), with Go parameter types so
 * that argument checking fails with Go's own messages ({@code wrong number of args for X: want 2 got 1},
 * {@code wrong type for value; expected string; got int}).
 *
 * <pre>{@code TemplateFunction.of(args -> ((String) args.get(0)).toUpperCase(), false, Param.STRING)}</pre>
 */
public record TemplateFunction(Body body, boolean variadic, List<Param> params) {

    /** Go parameter kinds the toolkit needs; {@code VALUE} is reflect.Value (any value, nil allowed). */
    public enum Param {
        VALUE("reflect.Value"), INTERFACE("interface {}"), STRING("string"), INT("int"), STRING_SLICE("[]string"),
        BOOL("bool");

        final String goName;

        Param(String goName) {
            this.goName = goName;
        }
    }

    /** The function body. Throwing {@link Failure} reports {@code error calling NAME: MESSAGE}. */
    @FunctionalInterface
    public interface Body {
        Object call(List<Object> args) throws Failure;
    }

    /** An error returned by the Go function (its second result). */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        public Failure(String goMessage) {
            super(goMessage, null, false, false);
        }
    }

    public TemplateFunction {
        params = List.copyOf(params);
    }

    public static TemplateFunction of(Body body, boolean variadic, Param... params) {
        return new TemplateFunction(body, variadic, List.of(params));
    }
}
