package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnersTest {
    @DatabaseTest
    void joiningGivesARandomIdAnd128RandomBitsAsAUrlSafeToken(TestDatabase db) {
        Learners learners = db.open().learners();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Learner l = learners.join("docker-101", "Learner " + i);
            assertThat(l.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(l.sessionToken()).matches("[A-Za-z0-9_-]{22}");
            tokens.add(l.sessionToken());
        }
        assertThat(tokens).hasSize(20);
    }

    @DatabaseTest
    void aLearnerIsFoundByTheirSessionTokenAndByNoOther(TestDatabase db) {
        ClassroomClock clock = new ClassroomClock();
        Learners learners = db.open(clock).learners();
        Learner ada = learners.join("docker-101", "Ada");
        Learner bob = learners.join("docker-101", "Bob");
        assertThat(ada.joinedAt()).isEqualTo(clock.instant()).isEqualTo(ada.lastSeenAt());
        assertThat(learners.bySessionToken(ada.sessionToken())).contains(ada);
        assertThat(learners.bySessionToken(bob.sessionToken())).contains(bob);
        assertThat(learners.bySessionToken(ada.sessionToken().toUpperCase())).isEmpty();
        assertThat(learners.bySessionToken("")).isEmpty();
        assertThat(learners.bySessionToken(null)).isEmpty();
        assertThat(learners.bySessionToken("' OR '1'='1")).isEmpty();
    }

    @DatabaseTest
    void aClassListsItsOwnLearnersInTheOrderTheyJoined(TestDatabase db) {
        ClassroomClock clock = new ClassroomClock();
        Learners learners = db.open(clock).learners();
        Learner ada = learners.join("docker-101", "Ada");
        clock.advance(Duration.ofSeconds(1));
        learners.join("docker-201", "Eve");
        clock.advance(Duration.ofSeconds(1));
        Learner bob = learners.join("docker-101", "Bob");
        assertThat(learners.inClass("docker-101")).containsExactly(ada, bob);
        assertThat(learners.inClass("nobody")).isEmpty();
        assertThat(learners.countInClass("docker-101")).isEqualTo(2);
        assertThat(learners.countInClass("docker-201")).isEqualTo(1);
        assertThat(learners.countInClass("nobody")).isZero();
    }

    @DatabaseTest
    void touchingMovesLastSeenForwardOnly(TestDatabase db) {
        ClassroomClock clock = new ClassroomClock();
        Learners learners = db.open(clock).learners();
        Learner ada = learners.join("docker-101", "Ada");
        learners.touch(ada.id(), ada.joinedAt().plusSeconds(90));
        learners.touch(ada.id(), ada.joinedAt().plusSeconds(30));
        assertThat(learners.byId(ada.id()).orElseThrow().lastSeenAt()).isEqualTo(ada.joinedAt().plusSeconds(90));
    }

    @Test
    void aNameIsTrimmedFreedOfControlCharactersAndCut() {
        assertThat(Learners.displayName("  Ada \t Lovelace\n")).isEqualTo("Ada Lovelace");
        assertThat(Learners.displayName("김\u0000철\u202E수")).isEqualTo("김 철 수");
        assertThat(Learners.displayName("가".repeat(100))).isEqualTo("가".repeat(Learners.MAX_NAME_LENGTH));
        assertThat(Learners.displayName("😀".repeat(100))).isEqualTo("😀".repeat(Learners.MAX_NAME_LENGTH));
        assertThatThrownBy(() -> Learners.displayName(" \u0007 ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLearnerPrintedDoesNotShowTheirToken() {
        Learner ada = new Learner("id", "c", "Ada", "secret-token", java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        assertThat(ada.toString()).doesNotContain("secret-token");
    }
}
