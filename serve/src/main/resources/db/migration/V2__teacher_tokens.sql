-- The teacher's token of each class, kept so that a restart (or a crash) of serve leaves the teacher's open page and
-- bookmarked link working; serve --new-teacher-token replaces it. Same rules as V1: types both databases read alike.

CREATE TABLE teacher_tokens (
    class_name VARCHAR(200) NOT NULL PRIMARY KEY,
    token      VARCHAR(64)  NOT NULL,
    created_at BIGINT       NOT NULL
);
