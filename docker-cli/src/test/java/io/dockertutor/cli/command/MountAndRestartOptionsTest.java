package io.dockertutor.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dockertutor.engine.MountSpec;
import io.dockertutor.engine.RestartPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MountAndRestartOptionsTest {
    private static final Path CWD = Path.of("/ws");

    @Test
    void mountFieldsAndAliasesAreRead() throws OptionError {
        assertThat(MountOptions.parse("type=bind,source=/src,target=/dst,readonly", CWD))
                .isEqualTo(new MountSpec("bind", "/src", "/dst", true));
        assertThat(MountOptions.parse("src=data,dst=/data", CWD)).isEqualTo(new MountSpec("volume", "data", "/data", false));
        assertThat(MountOptions.parse("type=tmpfs,destination=/run,ro=false", CWD)).isEqualTo(new MountSpec("tmpfs", "", "/run", false));
        assertThat(MountOptions.parse("type=bind,src=./site,target=/usr/share/nginx/html", CWD).source()).isEqualTo("/ws/site");
        assertThat(MountOptions.parse("\"type=volume\",target=/x", CWD).type()).isEqualTo("volume");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "type=volume; target is required",
            "foo; invalid field 'foo' must be a key=value pair",
            "type=volume,target=/x,readonly=maybe; invalid value for readonly: maybe",
            "type=volume,target=/x,bogus=1; unexpected key 'bogus' in 'bogus=1'",
            "type=volume,target=/x,bind-propagation=shared; cannot mix 'bind-*' options with mount type 'volume'"})
    void badMountsFailAsTheFlagDoes(String value, String message) {
        assertThatThrownBy(() -> MountOptions.parse(value, CWD)).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"always; always; 0", "on-failure:3; on-failure; 3", "unless-stopped; unless-stopped; 0",
            "no; no; 0", "foo; foo; 0", "always:3; always; 3"})
    void restartPoliciesAreSplitAndLeftToTheDaemonToJudge(String value, String name, int count) throws OptionError {
        assertThat(RestartPolicies.parse(value)).isEqualTo(new RestartPolicy(name, count));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "on-failure:x; invalid restart policy format: maximum retry count must be an integer",
            ":3; invalid restart policy format: no policy provided before colon"})
    void malformedRestartPoliciesFailInTheClient(String value, String message) {
        assertThatThrownBy(() -> RestartPolicies.parse(value)).hasMessage(message);
    }
}
