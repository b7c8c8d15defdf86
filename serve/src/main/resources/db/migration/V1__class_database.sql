-- The class's database, one schema for SQLite and PostgreSQL: only types both read the same way (TEXT, INTEGER,
-- BIGINT), instants as epoch milliseconds (SQLite has no timestamp type), no sequences, no dialect's upsert here.

CREATE TABLE learners (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    class_name    VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    session_token VARCHAR(64)  NOT NULL UNIQUE,
    joined_at     BIGINT       NOT NULL,
    last_seen_at  BIGINT       NOT NULL
);
CREATE INDEX learners_by_class ON learners (class_name, joined_at);

-- One row per learner: the progress as the tutor's own YAML text, and what the teacher's grid shows of it, kept
-- beside it at every save so that the grid is one query.
CREATE TABLE progress (
    learner_id  VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
    progress    TEXT         NOT NULL,
    updated_at  BIGINT       NOT NULL,
    lesson_id   VARCHAR(200),
    step_index  INTEGER,
    step_id     VARCHAR(200),
    step_since  BIGINT,
    steps_done  INTEGER      NOT NULL,
    hints       INTEGER      NOT NULL,
    solutions   INTEGER      NOT NULL,
    step_wrong  INTEGER      NOT NULL
);

-- What learners did, derived from successive saves; seq orders one learner's events.
CREATE TABLE events (
    learner_id VARCHAR(36)  NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    seq        BIGINT       NOT NULL,
    at         BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    lesson_id  VARCHAR(200) NOT NULL,
    step_id    VARCHAR(200),
    PRIMARY KEY (learner_id, seq)
);
CREATE INDEX events_by_kind ON events (kind, learner_id);
