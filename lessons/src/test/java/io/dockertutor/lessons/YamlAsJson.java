package io.dockertutor.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document as the JSON an editor's schema check sees. Editors (yaml-language-server) read YAML 1.2, whose
 * core schema types far fewer plain scalars than snakeyaml's YAML 1.1 ({@code 8080:80} is a string, not a
 * sexagesimal number; {@code no} is a string, not false), so scalars are typed here by the 1.2 core rules.
 */
final class YamlAsJson {
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YamlAsJson() {
    }

    static JsonNode parse(String yaml) {
        return convert(new Yaml().compose(new StringReader(yaml)));
    }

    private static JsonNode convert(Node node) {
        if (node instanceof MappingNode m) {
            ObjectNode o = JSON.objectNode();
            for (NodeTuple t : m.getValue()) {
                o.set(((ScalarNode) t.getKeyNode()).getValue(), convert(t.getValueNode()));
            }
            return o;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode a = JSON.arrayNode();
            s.getValue().forEach(n -> a.add(convert(n)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return JSON.textNode(v);
        }
        if (v.isEmpty() || v.equals("~") || v.equals("null")) {
            return JSON.nullNode();
        }
        if (v.equals("true") || v.equals("false")) {
            return JSON.booleanNode(v.equals("true"));
        }
        if (INT.matcher(v).matches() && !v.startsWith("0x") && !v.startsWith("0o")) {
            return JSON.numberNode(new java.math.BigInteger(v));
        }
        if (FLOAT.matcher(v).matches()) {
            return JSON.numberNode(new java.math.BigDecimal(v));
        }
        return JSON.textNode(v);
    }
}
