package io.dockertutor.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command's file operands spelled absolute against the directory it ran in, as {@code ran:} checks see them. */
class AbsoluteSpellingTest {
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "ls|/var/lib/docker/volumes/v/_data|ls /var/lib/docker/volumes/v/_data",
            "ls -l|/var/lib/docker/volumes/v/_data|ls -l /var/lib/docker/volumes/v/_data",
            "sudo ls _data|/var/lib/docker/volumes/v|sudo ls /var/lib/docker/volumes/v/_data",
            "ls ../v/_data/|/var/lib/docker/volumes/x|ls /var/lib/docker/volumes/v/_data",
            "cd /var/lib/docker/volumes/v/_data && ls|/home/learner|cd /var/lib/docker/volumes/v/_data && ls /var/lib/docker/volumes/v/_data",
            "cd _data; cat index.html|/var/lib/docker/volumes/v|cd _data; cat /var/lib/docker/volumes/v/_data/index.html",
            "cat Dockerfile|/w|cat /w/Dockerfile",
            "docker ps -a|/w|docker ps -a",
            "curl 127.0.0.1:8080|/w|curl 127.0.0.1:8080",
            "ls $HOME|/w|ls $HOME",
            "cd; ls|/w|cd; ls",
            "cat '/etc/my file'|/w|cat '/etc/my file'",
    })
    void fileOperandsAreResolvedAndEverythingElseStaysAsTyped(String line, String cwd, String spelled) {
        assertThat(AbsoluteSpelling.of(line, cwd)).isEqualTo(spelled);
    }
}
