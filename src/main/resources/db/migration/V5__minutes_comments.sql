-- Comments of the attendees on a draft of minutes circulated to them. Kept apart from the minutes themselves:
-- a comment never makes the secretary's next save of the draft look stale.
CREATE SEQUENCE minutes_comment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE minutes_comment (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    minutes_id  BIGINT                   NOT NULL,
    author_id   BIGINT                   NOT NULL,
    author_name VARCHAR(200)             NOT NULL,
    body        VARCHAR(4000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_minutes_comment_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_minutes_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
);
CREATE INDEX ix_minutes_comment_minutes ON minutes_comment (minutes_id, created_at);
