package io.dockertutor.cli.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** --help as the docker CLI prints it against the daemon it talks to: what the daemon cannot use is hidden. */
class HelpForTheDaemonTest {
    private static final DockerGrammar GRAMMAR = DockerGrammar.get();
    private static final DaemonFeatures TODAY = DaemonFeatures.linux("1.50");
    private static final DaemonFeatures ENGINE_20 = DaemonFeatures.linux("1.41");

    private static String help(String path, DaemonFeatures daemon) {
        return GRAMMAR.help(path.isEmpty() ? GRAMMAR.root() : GRAMMAR.command(path).orElseThrow(), daemon);
    }

    /** Every docker page; buildx is a plugin, whose pages buildx lays out itself. */
    static Stream<String> everyDockerPage() {
        return Stream.concat(Stream.of(""), GRAMMAR.commands().stream().map(CommandDef::path).distinct())
                .filter(path -> !path.startsWith("buildx"));
    }

    @ParameterizedTest(name = "docker {0} --help")
    @MethodSource("everyDockerPage")
    void everyCapturedPageLaysOutAgainAsCapturedWhenNothingIsHidden(String path) {
        String page = GRAMMAR.help(path.isEmpty() ? GRAMMAR.root() : GRAMMAR.command(path).orElseThrow());
        assertThat(HelpPage.relaid(page)).contains(page);
    }

    @Test
    void noDaemonHidesNothing() {
        for (CommandDef command : GRAMMAR.commands()) {
            assertThat(GRAMMAR.help(command, DaemonFeatures.unreachable("1.50"))).isEqualTo(GRAMMAR.help(command));
        }
    }

    @Test
    void runOnALinuxDaemonHasNoWindowsOnlyFlags() {
        String page = help("run", TODAY);
        assertThat(page).doesNotContain("--cpu-count", "--cpu-percent", "--io-maxbandwidth", "--io-maxiops")
                .contains("      --annotation map                   Add an annotation to the\n")
                .contains("      --cpu-period int                   Limit CPU CFS (Completely Fair\n");
        assertThat(GRAMMAR.help(GRAMMAR.command("run").orElseThrow())).contains("--cpu-count");
    }

    @Test
    void runAgainstApi141HasNoAnnotationNorHealthStartIntervalAndItsColumnFollowsTheLongestLeft() {
        String page = help("container run", ENGINE_20);
        assertThat(page).doesNotContain("--annotation", "--health-start-interval", "--cpu-count")
                .contains("      --health-start-period duration   Start period for the container to\n"
                        + "                                       initialize before starting\n");
    }

    @Test
    void startWithoutExperimentalFeaturesHasNoCheckpointFlagsAndANarrowerColumn() {
        assertThat(help("start", TODAY)).isEqualTo("""
                Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]

                Start one or more stopped containers

                Aliases:
                  docker container start, docker start

                Options:
                  -a, --attach               Attach STDOUT/STDERR and forward signals
                      --detach-keys string   Override the key sequence for detaching a
                                             container
                  -i, --interactive          Attach container's STDIN
                """);
    }

    @Test
    void volumeListsNoUpdateOutsideSwarmNorBeforeApi142() {
        for (DaemonFeatures daemon : List.of(TODAY, ENGINE_20)) {
            assertThat(help("volume", daemon)).doesNotContain("update").contains("  rm          Remove one or more volumes\n");
        }
    }

    @Test
    void volumeCreateOutsideSwarmKeepsOnlyItsLocalFlags() {
        assertThat(help("volume create", TODAY)).endsWith("""
                Options:
                  -d, --driver string   Specify volume driver name (default "local")
                      --label list      Set metadata for a volume
                  -o, --opt map         Set driver specific options (default map[])
                """);
        assertThat(help("volume ls", TODAY)).doesNotContain("--cluster");
    }

    @Test
    void flagsNewerThanTheDaemonsApiAreHidden() {
        assertThat(help("images", ENGINE_20)).doesNotContain("--tree");
        assertThat(help("images", TODAY)).contains("--tree");
        assertThat(help("volume prune", ENGINE_20)).doesNotContain("--all");
        for (String path : List.of("rmi", "history", "image inspect", "save", "load")) {
            assertThat(help(path, ENGINE_20)).as(path).doesNotContain("--platform");
        }
    }

    @Test
    void theRootListsNoExperimentalNorSwarmManagerCommandsButKeepsItsColumn() {
        String page = help("", TODAY);
        assertThat(page).doesNotContain("checkpoint", "  service ", "  stack ")
                .contains("  swarm       Manage Swarm\n");
        // an engine older than API 1.42 does not say whether it is in swarm: nothing is hidden for that
        assertThat(help("", ENGINE_20)).doesNotContain("checkpoint").contains("  service     Manage Swarm services\n");
    }

    @Test
    void aCommandTheDaemonCannotRunAnswersWhyInsteadOfItsHelp() {
        assertThat(help("checkpoint", TODAY))
                .isEqualTo("docker checkpoint is only supported on a Docker daemon with experimental features enabled\n");
        assertThat(help("checkpoint create", TODAY)).isEqualTo(
                "docker checkpoint create is only supported on a Docker daemon with experimental features enabled\n");
        assertThat(help("volume update", ENGINE_20))
                .isEqualTo("docker volume update requires API version 1.42, but the Docker daemon API version is 1.41\n");
    }
}
