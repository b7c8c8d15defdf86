package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.PortBinding;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortSpecsTest {

    private static String show(List<PortBinding> bindings) {
        return bindings.stream().map(b -> b.hostIp() + "|" + b.hostPort() + "|" + b.portKey()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "8080:80; |8080|80/tcp",
            "127.0.0.1:8080:80; 127.0.0.1|8080|80/tcp",
            "80; |0|80/tcp",
            "8080:80/udp; |8080|80/udp",
            "8080:80/UDP; |8080|80/udp",
            "8080:80/; |8080|80/tcp",
            "8000-8001:80-81; |8000|80/tcp |8001|81/tcp",
            "8000-8001:80; |8000|80/tcp",
            "127.0.0.1::80; 127.0.0.1|0|80/tcp",
            "[::1]:8080:80; ::1|8080|80/tcp",
            ":80; |0|80/tcp"})
    void publishFormsBecomeBindings(String spec, String expected) throws OptionError {
        assertThat(show(PortSpecs.parsePublish(spec))).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "foo; invalid containerPort: foo",
            "8080:80:90:100; invalid IP address: 8080:80",
            "70000:80; invalid hostPort: 70000",
            "90-80:80; invalid hostPort: 90-80",
            "8080:80/xyz; invalid proto: xyz",
            "1.2.3:80:80; invalid IP address: 1.2.3",
            "8080:; no port specified: 8080:<empty>",
            "8080:/udp; no port specified: 8080:/udp<empty>",
            "8000-8002:80-81; invalid ranges specified for container and host Ports: 80-81 and 8000-8002"})
    void invalidPublishSpecsFailWithDockersText(String spec, String message) {
        assertThatThrownBy(() -> PortSpecs.parsePublish(spec)).isInstanceOf(OptionError.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "80; 80/tcp",
            "53/udp; 53/udp",
            "8000-8002; 8000/tcp 8001/tcp 8002/tcp"})
    void exposeRangesBecomePortKeys(String spec, String expected) throws OptionError {
        assertThat(String.join(" ", PortSpecs.parseExpose(spec))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "abc; invalid range format for --expose: abc, error: strconv.ParseUint: parsing \"abc\": invalid syntax",
            "80:90; invalid port format for --expose: 80:90"})
    void invalidExposeFails(String spec, String message) {
        assertThatThrownBy(() -> PortSpecs.parseExpose(spec)).hasMessage(message);
    }
}
