package io.dockertutor.engine.sim.catalog;

/**
 * A catalog file that cannot be used: bad YAML, an unknown key, a reference to something undefined, an
 * inconsistent image. The message is complete and meant to be printed as is, e.g.
 * {@code images.yaml:42:7: layer 'abc' is not defined}; callers print {@link #getMessage()}, never the trace.
 */
public final class CatalogException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;

    CatalogException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem, null, false, false);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    CatalogException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause, false, false);
        this.source = source;
        this.line = 0;
        this.column = 0;
    }

    /** The file name the error is reported against, as given to the loader. */
    public String source() {
        return source;
    }

    /** 1-based line of the offending node, or 0 when the file could not be read at all. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending node, or 0 when the file could not be read at all. */
    public int column() {
        return column;
    }
}
