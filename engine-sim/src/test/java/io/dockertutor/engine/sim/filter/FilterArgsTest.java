package io.dockertutor.engine.sim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.EngineException;
import io.dockertutor.engine.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** moby's filters.Args rules, as a table: how one value matches, how several combine, and what is refused. */
class FilterArgsTest {
    private static final Set<String> KEYS = Set.of("name", "label", "label!", "dangling", "until", "id");
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(List.of("web"), "web", true),
                Arguments.of(List.of("we"), "web", true),
                Arguments.of(List.of("^w.b$"), "web", true),
                Arguments.of(List.of("^eb"), "web", false),
                Arguments.of(List.of("db", "web"), "web", true),
                Arguments.of(List.of("["), "web", false),
                Arguments.of(List.of("["), "[", true),
                Arguments.of(List.of(), "anything", true));
    }

    @ParameterizedTest(name = "name={0} on {1}: {2}")
    @MethodSource("names")
    void nameIsExactOrARegularExpressionAndSeveralValuesAreAlternatives(List<String> values, String name, boolean shown) {
        FilterArgs args = args(values.stream().map(v -> "name=" + v).toArray(String[]::new));

        assertThat(args.match("name", name)).isEqualTo(shown);
    }

    static Stream<Arguments> labels() {
        Map<String, String> keepYes = Map.of("keep", "yes", "tier", "web");
        return Stream.of(
                Arguments.of(List.of("label=keep"), keepYes, true),
                Arguments.of(List.of("label=keep=yes"), keepYes, true),
                Arguments.of(List.of("label=keep=no"), keepYes, false),
                Arguments.of(List.of("label=keep=yes", "label=tier=web"), keepYes, true),
                Arguments.of(List.of("label=keep=yes", "label=tier=db"), keepYes, false),
                Arguments.of(List.of("label!=keep=yes"), keepYes, false),
                Arguments.of(List.of("label!=keep=no"), keepYes, true),
                Arguments.of(List.of("label!=keep=yes", "label!=tier=db"), keepYes, true),
                Arguments.of(List.of("label=keep"), Map.of(), false));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("labels")
    void everyLabelValueMustHoldAndANegationExcludesOnlyWhenAllOfItHolds(List<String> filters, Map<String, String> labels, boolean kept) {
        assertThat(args(filters.toArray(String[]::new)).matchLabels(labels)).isEqualTo(kept);
    }

    @Test
    void unknownKeysAndBadBooleansAreRefusedInTheDaemonsWords() {
        assertThatThrownBy(() -> args("colour=red")).isInstanceOf(EngineException.class).hasMessage("invalid filter 'colour'");
        assertThatThrownBy(() -> args("dangling=maybe").bool("dangling", false)).hasMessage("invalid filter 'dangling=[maybe]'");
        assertThatThrownBy(() -> args("dangling=true", "dangling=0").bool("dangling", false))
                .hasMessage("invalid filter 'dangling=[true 0]'");
        assertThat(args("dangling=1").bool("dangling", false)).isTrue();
        assertThat(args().bool("dangling", true)).isTrue();
    }

    static Stream<Arguments> untils() {
        return Stream.of(
                Arguments.of("10m", "2025-06-01T11:50:00Z"),
                Arguments.of("1h30m", "2025-06-01T10:30:00Z"),
                Arguments.of("-1h", "2025-06-01T13:00:00Z"),
                Arguments.of("2001-01-01", "2001-01-01T00:00:00Z"),
                Arguments.of("2001-01-01T10:20:30", "2001-01-01T10:20:30Z"),
                Arguments.of("2001-01-01T10:20:30+02:00", "2001-01-01T08:20:30Z"),
                Arguments.of("2001-01-01T10Z", "2001-01-01T10:00:00Z"),
                Arguments.of("978307200", "2001-01-01T00:00:00Z"),
                Arguments.of("978307200.5", "2001-01-01T00:00:00.500Z"));
    }

    @ParameterizedTest(name = "until={0}")
    @MethodSource("untils")
    void untilTakesDurationsDatesAndUnixSeconds(String value, String expected) {
        assertThat(args("until=" + value).until(NOW)).contains(Instant.parse(expected));
    }

    @Test
    void untilRefusesWhatIsNoTimeAndMoreThanOneValue() {
        assertThatThrownBy(() -> args("until=soon").until(NOW)).hasMessage("failed to parse value as time or duration: \"soon\"");
        assertThatThrownBy(() -> args("until=1h", "until=2h").until(NOW)).hasMessage("more than one until filter specified");
    }

    private static FilterArgs args(String... filters) {
        return FilterArgs.validated(Filters.parse(List.of(filters)), KEYS);
    }
}
