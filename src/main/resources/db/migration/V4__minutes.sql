-- Minutes (comptes rendus) of held meetings: one row per revision, with the attendance as it stood, one
-- section per agenda item (discussion and decisions), and the actions decided.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (production).

CREATE SEQUENCE minutes_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE minutes_attendee_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE minutes_section_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE minutes_decision_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE minutes_action_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE minutes (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    meeting_id        BIGINT                   NOT NULL,
    revision          INTEGER                  NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    correction_reason VARCHAR(1000),
    comments_until    DATE,
    quorum            VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    published_by      VARCHAR(200),
    version           INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uk_minutes_revision UNIQUE (meeting_id, revision),
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_minutes_status CHECK (status IN ('DRAFT', 'IN_CORRECTION', 'PUBLISHED')),
    CONSTRAINT ck_minutes_revision CHECK (revision >= 1)
);

-- Who was there, as recorded when the minutes were opened: names are kept as they were then.
CREATE TABLE minutes_attendee (
    id           BIGINT       NOT NULL PRIMARY KEY,
    minutes_id   BIGINT,
    item_index   INTEGER,
    person_id    BIGINT       NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    organisation VARCHAR(200),
    status       VARCHAR(10)  NOT NULL,
    proxy_name   VARCHAR(200),
    CONSTRAINT fk_minutes_attendee_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_minutes_attendee_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_minutes_attendee_status CHECK (status IN ('PRESENT', 'EXCUSED', 'ABSENT'))
);
CREATE INDEX ix_minutes_attendee_minutes ON minutes_attendee (minutes_id);

-- Discussions are sanitised HTML (platform.text.RichText) of at most 100 000 characters.
CREATE TABLE minutes_section (
    id         BIGINT         NOT NULL PRIMARY KEY,
    minutes_id BIGINT,
    item_index INTEGER,
    title      VARCHAR(300)   NOT NULL,
    discussion VARCHAR(100000),
    CONSTRAINT fk_minutes_section_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id)
);
CREATE INDEX ix_minutes_section_minutes ON minutes_section (minutes_id);

CREATE TABLE minutes_decision (
    id            BIGINT        NOT NULL PRIMARY KEY,
    section_id    BIGINT,
    item_index    INTEGER,
    wording       VARCHAR(2000) NOT NULL,
    votes_for     INTEGER,
    votes_against INTEGER,
    abstentions   INTEGER,
    CONSTRAINT fk_minutes_decision_section FOREIGN KEY (section_id) REFERENCES minutes_section (id),
    CONSTRAINT ck_minutes_decision_votes CHECK (
        (votes_for IS NULL AND votes_against IS NULL AND abstentions IS NULL)
        OR (votes_for >= 0 AND votes_against >= 0 AND abstentions >= 0))
);
CREATE INDEX ix_minutes_decision_section ON minutes_decision (section_id);

CREATE TABLE minutes_action (
    id          BIGINT        NOT NULL PRIMARY KEY,
    minutes_id  BIGINT,
    item_index  INTEGER,
    what        VARCHAR(1000) NOT NULL,
    assignee_id BIGINT        NOT NULL,
    due_date    DATE,
    done_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_minutes_action_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    CONSTRAINT fk_minutes_action_assignee FOREIGN KEY (assignee_id) REFERENCES person (id)
);
CREATE INDEX ix_minutes_action_minutes ON minutes_action (minutes_id);
