package io.dockertutor.lessons.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class JUnitXmlTest {
    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    @Test
    void elementsNestIndentedAndAnElementWithNothingInsideIsWrittenEmpty() {
        JUnitXml x = new JUnitXml().start("testsuites", "name", "n");
        x.start("testcase", "name", "passed").end();
        x.start("testcase", "name", "failed").empty("failure", "message", "m").end();
        assertThat(x.end().toString()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="n">
                  <testcase name="passed"/>
                  <testcase name="failed">
                    <failure message="m"/>
                  </testcase>
                </testsuites>
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<Ada & \"Bob's\">", "two\nlines\r\nand\ta tab", "\uD83D\uDE00 이름", "]]> &amp;", ""})
    void anyAttributeValueParsesBackAsItWas(String value) throws Exception {
        Element root = parse(new JUnitXml().empty("testsuites", "name", value).toString());
        assertThat(root.getAttribute("name")).isEqualTo(value);
    }

    @Test
    void charactersXmlCannotHoldBecomeReplacementCharactersAndTheDocumentStillParses() throws Exception {
        String value = "a\u0001b\u0000c\td\uFFFEe\uD800f\u001B[31m";
        assertThat(JUnitXml.legal(value)).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFDe\uFFFDf\uFFFD[31m");
        Element root = parse(new JUnitXml().empty("testsuites", "name", value).toString());
        assertThat(root.getAttribute("name")).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFDe\uFFFDf\uFFFD[31m");
    }

    @Test
    void textEscapesMarkupAndKeepsLineBreaks() {
        assertThat(JUnitXml.text("a < b && c > d\r\n\u0007")).isEqualTo("a &lt; b &amp;&amp; c &gt; d&#13;\n\uFFFD");
        assertThat(JUnitXml.attribute("a < b \"c\"\n")).isEqualTo("a &lt; b &quot;c&quot;&#10;");
    }

    @Test
    void aNullValueIsWrittenEmpty() {
        assertThat(new JUnitXml().empty("skipped", "message", null).toString()).endsWith("<skipped message=\"\"/>\n");
    }

    @Test
    void anAttributeWithoutAValueOrAnElementLeftOpenIsAMistake() {
        assertThatThrownBy(() -> new JUnitXml().start("testcase", "name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JUnitXml().start("testcase").toString()).isInstanceOf(IllegalStateException.class);
    }
}
