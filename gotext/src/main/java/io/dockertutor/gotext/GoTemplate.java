package io.dockertutor.gotext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed Go text/template with docker's functions, as docker/cli's {@code templates.Parse} builds it.
 * Parsing is cached by source text (parsed templates are immutable and thread-safe), so rendering a
 * table row costs only the walk.
 *
 * <pre>{@code
 * String line = GoTemplate.parse("{{.Name}}: {{json .Labels}}").execute(container);
 * }</pre>
 */
public final class GoTemplate {
    private static final int CACHE_SIZE = 128;
    private static final Map<String, Object> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private static final Map<String, TemplateFunction> FUNCTIONS = merge(DockerFunctions.BASIC);
    private static final Map<String, TemplateFunction> HEADER_FUNCTIONS = merge(DockerFunctions.HEADER);

    private final String source;
    private final Map<String, Node.ListNode> trees;
    private final Map<String, TemplateFunction> functions;
    private final boolean missingKeyError;

    private GoTemplate(String source, Map<String, Node.ListNode> trees, Map<String, TemplateFunction> functions,
                       boolean missingKeyError) {
        this.source = source;
        this.trees = trees;
        this.functions = functions;
        this.missingKeyError = missingKeyError;
    }

    private static Map<String, TemplateFunction> merge(Map<String, TemplateFunction> docker) {
        Map<String, TemplateFunction> all = new HashMap<>(TemplateFunctions.FUNCTIONS);
        all.putAll(docker);
        return Map.copyOf(all);
    }

    /** Parses like docker's {@code templates.Parse(format)}: template name "", Go builtins plus docker's functions. */
    public static GoTemplate parse(String source) throws TemplateException {
        Object cached;
        synchronized (CACHE) {
            cached = CACHE.get(source);
        }
        if (cached == null) {
            try {
                cached = new GoTemplate(source, TemplateParser.parse("", source, FUNCTIONS.keySet()), FUNCTIONS, false);
            } catch (TemplateException e) {
                cached = e.getMessage();
            } catch (StackOverflowError e) {
                // Go's parser caps nesting at 10000 levels with this message.
                cached = "template: :1: max expression depth exceeded";
            }
            synchronized (CACHE) {
                CACHE.put(source, cached);
            }
        }
        if (cached instanceof String message) {
            throw new TemplateException(message);
        }
        return (GoTemplate) cached;
    }

    /** The same template with {@code Option("missingkey=error")}, as docker's inspect fallback uses. */
    public GoTemplate withMissingKeyError() {
        return new GoTemplate(source, trees, functions, true);
    }

    /** The same template with docker's {@code HeaderFunctions} in place of the basic ones. */
    GoTemplate withHeaderFunctions() {
        return new GoTemplate(source, trees, HEADER_FUNCTIONS, missingKeyError);
    }

    public String source() {
        return source;
    }

    /** Executes against {@code data}; on failure the output so far stays in {@code out}, as with Go's writer. */
    public void execute(Object data, StringBuilder out) throws TemplateException {
        try {
            new TemplateExecutor("", source, trees, functions, missingKeyError, out).execute(data);
        } catch (FormatOutputLimit e) {
            throw e;
        } catch (RuntimeException e) {
            // A caller-supplied TemplateFunction broke its contract; still never let a stack trace escape.
            throw new TemplateException("template: : executing \"\": " + e);
        }
    }

    /** Executes against {@code data} and returns the output. */
    public String execute(Object data) throws TemplateException {
        StringBuilder out = new StringBuilder();
        execute(data, out);
        return out.toString();
    }
}
