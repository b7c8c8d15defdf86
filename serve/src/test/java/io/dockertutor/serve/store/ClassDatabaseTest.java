package io.dockertutor.serve.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDatabaseTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void anEmptyDatabaseGetsTheWholeSchema(TestDatabase db) throws Exception {
        db.open();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"learners", "progress", "events"}) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getInt(1)).as(table).isZero();
                }
            }
            try (ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                    + (db.kind().equals("sqlite") ? "1" : "true") + " ORDER BY installed_rank")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("1");
            }
        }
    }

    @DatabaseTest
    void openingAnUpToDateDatabaseAgainKeepsWhatItHolds(TestDatabase db) {
        Learner ada = db.open().learners().join("docker-101", "Ada");
        assertThat(db.open().learners().byId(ada.id())).contains(ada);
    }

    @DatabaseTest
    void whereNamesTheDatabaseWithoutUserOrPassword(TestDatabase db) {
        String where = db.open().where();
        assertThat(where).doesNotContain("password").doesNotContain("user=");
        assertThat(where).isEqualTo(db.kind().equals("sqlite") ? "sqlite:classroom.db" : "postgresql://127.0.0.1:5432/tutor_test");
    }

    @Test
    void withoutAUrlTheClassLivesInASqliteFileInWalModeUnderTheStateDirectory() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(null, dir)) {
            db.learners().join("docker-101", "Ada");
        }
        Path file = dir.resolve("serve/classroom.db");
        assertThat(file).isRegularFile();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void foreignKeysAreEnforcedOnSqlite() {
        try (ClassDatabase db = ClassDatabase.open(null, dir)) {
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO events (learner_id, seq, at, kind, lesson_id) VALUES ('nobody', 1, 0, 'HINT', 'x')");
                }
            })).isInstanceOf(ClassDatabaseException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedInEnglishAndKorean() {
        assertThatThrownBy(() -> ClassDatabase.open("jdbc:mysql://db/class?password=secret", dir))
                .isInstanceOfSatisfying(ClassDatabaseException.class, e -> {
                    assertThat(e.getMessage()).startsWith("The database URL jdbc:mysql://db/class is not one docker-tutor serve can use")
                            .contains("jdbc:postgresql://").doesNotContain("secret");
                    assertThat(e.message(Locale.KOREAN)).startsWith("데이터베이스 URL jdbc:mysql://db/class은(는)");
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void everyMessageOfTheClassDatabaseIsInEnglishAndKoreanWithTheSamePlaceholders() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties ko = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/io/dockertutor/serve/messages.properties");
             var inKo = getClass().getResourceAsStream("/io/dockertutor/serve/messages_ko.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            ko.load(new java.io.InputStreamReader(inKo, java.nio.charset.StandardCharsets.UTF_8));
        }
        var keys = en.stringPropertyNames().stream().filter(k -> k.startsWith("store.")).toList();
        assertThat(keys).contains("store.unsupportedUrl", "store.cannotOpen", "store.cannotMigrate", "store.failed");
        for (String key : keys) {
            assertThat(ko.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
            assertThat(placeholders(ko.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d+\\}").matcher(text).results().map(m -> m.group())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aPostgresqlServerThatDoesNotAnswerIsAClearError() {
        assertThatThrownBy(() -> ClassDatabase.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret&connectTimeout=2", dir))
                .isInstanceOfSatisfying(ClassDatabaseException.class, e -> assertThat(e.getMessage())
                        .startsWith("The class database postgresql://127.0.0.1:1/none cannot be opened: ")
                        .doesNotContain("secret"));
    }

    @Test
    void aStateDirectoryThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("state"), "x");
        assertThatThrownBy(() -> ClassDatabase.open(null, file))
                .isInstanceOfSatisfying(ClassDatabaseException.class, e -> assertThat(e.message(Locale.KOREAN))
                        .startsWith("수업 데이터베이스 sqlite:classroom.db을(를) 열 수 없습니다: "));
    }
}
