package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

class TeacherTokensTest {
    @DatabaseTest
    void aClassKeepsItsTeacherTokenFromOneOpeningOfTheDatabaseToTheNext(TestDatabase db) {
        String first = db.open().teacherTokens().of("docker-101");
        String again = db.open().teacherTokens().of("docker-101");
        assertThat(first).matches("[A-Za-z0-9_-]{22}");
        assertThat(again).isEqualTo(first);
    }

    @DatabaseTest
    void renewingGivesANewTokenThatTheNextOpeningKeeps(TestDatabase db) {
        String old = db.open().teacherTokens().of("docker-101");
        String renewed = db.open().teacherTokens().renew("docker-101");
        assertThat(renewed).isNotEqualTo(old).matches("[A-Za-z0-9_-]{22}");
        assertThat(db.open().teacherTokens().of("docker-101")).isEqualTo(renewed);
    }

    @DatabaseTest
    void renewingAClassWithoutATokenYetKeepsTheNewOne(TestDatabase db) {
        String renewed = db.open().teacherTokens().renew("docker-101");
        assertThat(db.open().teacherTokens().of("docker-101")).isEqualTo(renewed);
    }

    @DatabaseTest
    void eachClassOnOneDatabaseHasATokenOfItsOwn(TestDatabase db) throws Exception {
        TeacherTokens tokens = db.open().teacherTokens();
        String morning = tokens.of("morning");
        String evening = tokens.of("evening");
        tokens.renew("evening");
        assertThat(morning).isNotEqualTo(evening);
        assertThat(tokens.of("morning")).isEqualTo(morning);
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM teacher_tokens")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(2);
        }
    }
}
