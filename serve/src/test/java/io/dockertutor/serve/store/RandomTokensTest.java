package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomTokensTest {
    @Test
    void aTokenIs22UrlSafeCharactersAndNoTwoAreAlike() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = RandomTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{22}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void onlyTheSameTokenIsTheSame() {
        String token = RandomTokens.newToken();
        assertThat(RandomTokens.same(token, new String(token.toCharArray()))).isTrue();
        assertThat(RandomTokens.same(token, token.substring(1))).isFalse();
        assertThat(RandomTokens.same(token, token + "x")).isFalse();
        assertThat(RandomTokens.same(token, "")).isFalse();
        assertThat(RandomTokens.same(token, null)).isFalse();
    }
}
