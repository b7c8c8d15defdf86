package io.dockertutor.engine.sim.catalog;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a message key and a YAML node into a {@link CatalogException} that names {@code file:line:column}.
 * The wording comes from {@code catalog/messages*.properties}, so the errors exist in English and Korean.
 */
final class CatalogErrors {

    private final String source;
    private final ResourceBundle bundle;
    private final Locale locale;

    CatalogErrors(String source, Locale locale) {
        this.source = source;
        this.locale = locale;
        // No fallback to the JVM's default locale: asking for English must give English on a Korean machine.
        this.bundle = ResourceBundle.getBundle("catalog.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String source() {
        return source;
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    CatalogException at(Node node, String key, Object... args) {
        return at(node.getStartMark(), text(key, args));
    }

    CatalogException at(Mark mark, String problem) {
        // snakeyaml counts from 0; editors and compilers count from 1.
        return new CatalogException(source, mark.getLine() + 1, mark.getColumn() + 1, problem);
    }

    CatalogException whole(String key, Throwable cause, Object... args) {
        return new CatalogException(source, text(key, args), cause);
    }
}
