package io.dockertutor.gotext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** time.Duration and time.Time fields of schema structs print as Go's String() methods print them. */
class GoTimeTypesTest {
    private static final GoSchema SCHEMA = GoSchema.parse("""
            t.Health
              Test []string
              Interval time.Duration
              Timeout time.Duration
              Retries int
            t.Net
              Created time.Time
            """);

    @ParameterizedTest
    @CsvSource({"0,0s", "1,1ns", "1500,1.5µs", "1500000,1.5ms", "30000000000,30s", "60000000000,1m0s",
            "90500000000,1m30.5s", "3600000000000,1h0m0s", "-2000000000,-2s"})
    void durationsPrintAsTimeDurationStringDoes(long nanos, String printed) {
        assertThat(new GoDuration(nanos).goString()).isEqualTo(printed);
    }

    @Test
    void durationFieldsOfAStructPrintInGoForm() throws TemplateException {
        // recorded: docker inspect -f '{{.Config.Healthcheck}}' of a container run with --health-cmd true
        // --health-interval 30s --health-timeout 1m prints {[CMD-SHELL true] 30s 1m0s 0s 0s 0}
        Object h = SCHEMA.decode("*t.Health", Map.of("Test", java.util.List.of("CMD-SHELL", "true"),
                "Interval", 30_000_000_000L, "Timeout", 60_000_000_000L));
        assertThat(GoTemplate.parse("{{.}}|{{json .Interval}}").execute(h)).isEqualTo("{[CMD-SHELL true] 30s 1m0s 0}|30000000000");
    }

    @Test
    void timeFieldsPrintAsTimeTimeStringDoesAndMissingOnesAsTheZeroTime() throws TemplateException {
        // recorded: docker network inspect -f '{{.Created}}' prints 2026-12-06 00:58:14.675750675 +0000 UTC
        assertThat(GoTemplate.parse("{{.Created}}").execute(SCHEMA.decode("t.Net", Map.of("Created", "2026-12-06T00:58:14.675750675Z"))))
                .isEqualTo("2026-12-06 00:58:14.675750675 +0000 UTC");
        assertThat(GoTemplate.parse("{{.Created}}").execute(SCHEMA.decode("t.Net", Map.of("Created", "2026-12-06T09:00:00.5+09:00"))))
                .isEqualTo("2026-12-06 09:00:00.5 +0900 +0900");
        assertThat(GoTemplate.parse("{{.Created}}|{{json .Created}}").execute(SCHEMA.decode("t.Net", Map.of())))
                .isEqualTo("0001-01-01 00:00:00 +0000 UTC|\"0001-01-01T00:00:00Z\"");
    }
}
