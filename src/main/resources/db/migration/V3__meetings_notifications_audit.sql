-- Meetings of the bodies (agenda, answers to the convocation, attendance), in-app notifications,
-- the append-only audit trail and the private calendar feeds.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (production).

-- The share of a body's members that must be present or represented for its decisions to be valid.
ALTER TABLE body ADD COLUMN quorum_percent INTEGER DEFAULT 50 NOT NULL;
ALTER TABLE body ADD CONSTRAINT ck_body_quorum CHECK (quorum_percent BETWEEN 1 AND 100);

CREATE SEQUENCE meeting_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE agenda_item_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE attendance_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE calendar_feed_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE meeting (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    body_id             BIGINT                   NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    place               VARCHAR(300),
    video_link          VARCHAR(500),
    status              VARCHAR(20)              NOT NULL,
    convened_at         TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    cancellation_reason VARCHAR(1000),
    version             INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_body FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT ck_meeting_status CHECK (status IN ('PLANNED', 'CONVENED', 'CANCELLED')),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_meeting_body_start ON meeting (body_id, starts_at);

-- No unique (meeting_id, item_index): reordering moves positions through transient duplicates.
CREATE TABLE agenda_item (
    id               BIGINT        NOT NULL PRIMARY KEY,
    meeting_id       BIGINT,
    item_index       INTEGER,
    title            VARCHAR(300)  NOT NULL,
    presenter        VARCHAR(200),
    duration_minutes INTEGER,
    description      VARCHAR(2000),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_agenda_item_duration CHECK (duration_minutes IS NULL OR duration_minutes > 0)
);
CREATE INDEX ix_agenda_item_meeting ON agenda_item (meeting_id);

-- A member's answer to the convocation, and what the secretary recorded on the day.
CREATE TABLE attendance (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    meeting_id  BIGINT                   NOT NULL,
    person_id   BIGINT                   NOT NULL,
    answer      VARCHAR(10),
    proxy_id    BIGINT,
    answered_at TIMESTAMP WITH TIME ZONE,
    attended    VARCHAR(10),
    version     INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uk_attendance UNIQUE (meeting_id, person_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_attendance_proxy FOREIGN KEY (proxy_id) REFERENCES person (id),
    CONSTRAINT ck_attendance_answer CHECK (answer IS NULL OR answer IN ('PRESENT', 'EXCUSED', 'ABSENT')),
    CONSTRAINT ck_attendance_attended CHECK (attended IS NULL OR attended IN ('PRESENT', 'EXCUSED', 'ABSENT'))
);

CREATE TABLE notification (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    recipient_id BIGINT                   NOT NULL,
    subject      VARCHAR(300)             NOT NULL,
    detail       VARCHAR(4000),
    link         VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES person (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);

-- Append-only: the application inserts rows and never updates or deletes them.
CREATE TABLE audit_event (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(200)             NOT NULL,
    action       VARCHAR(60)              NOT NULL,
    subject_type VARCHAR(40)              NOT NULL,
    subject_id   BIGINT                   NOT NULL,
    detail       VARCHAR(4000),
    CONSTRAINT fk_audit_event_actor FOREIGN KEY (actor_id) REFERENCES person (id)
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id);

-- A person's private calendar address: only a hash of its secret token is kept.
CREATE TABLE calendar_feed (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    person_id  BIGINT                   NOT NULL,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_calendar_feed_person UNIQUE (person_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
);
