package io.dockertutor.gotext;

/**
 * A Go text/template parse or execution failure. The message is exactly the text Go's
 * {@code err.Error()} would produce (for example {@code template: :1: function "bogus" not defined}),
 * so callers only add docker's own prefix such as {@code template parsing error: }.
 */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    public TemplateException(String goMessage) {
        super(goMessage, null, false, false);
    }
}
