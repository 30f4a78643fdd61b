-- Review workflows: circuits (ordered steps, each handled by a body with a decision rule), position papers with
-- their frozen versions, and the reviews that carry a paper (or a document of the library) through a circuit,
-- step by step, with the opinions of the bodies' members.
CREATE SEQUENCE circuit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE circuit_version_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE circuit_step_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE position_paper_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE paper_version_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_step_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE review_opinion_seq START WITH 1000 INCREMENT BY 50;

-- A circuit keeps every version of its steps: a review follows the version it started with.
CREATE TABLE circuit (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    -- what it reviews: PAPER (position papers) or DOCUMENT (documents of the library)
    subject_kind    VARCHAR(20)  NOT NULL,
    current_number  INTEGER      NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT uk_circuit_code UNIQUE (code),
    CONSTRAINT ck_circuit_subject CHECK (subject_kind IN ('PAPER', 'DOCUMENT'))
);

CREATE TABLE circuit_version (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    circuit_id    BIGINT                   NOT NULL,
    number        INTEGER                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_id BIGINT,
    CONSTRAINT uk_circuit_version UNIQUE (circuit_id, number),
    CONSTRAINT fk_circuit_version_circuit FOREIGN KEY (circuit_id) REFERENCES circuit (id),
    CONSTRAINT fk_circuit_version_creator FOREIGN KEY (created_by_id) REFERENCES person (id)
);

CREATE TABLE circuit_step (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    circuit_version_id BIGINT      NOT NULL,
    position           INTEGER     NOT NULL,
    body_id            BIGINT      NOT NULL,
    decision_rule      VARCHAR(30) NOT NULL,
    -- days the body has to decide once the step opens; none: no deadline
    deadline_days      INTEGER,
    CONSTRAINT uk_circuit_step UNIQUE (circuit_version_id, position),
    CONSTRAINT fk_circuit_step_version FOREIGN KEY (circuit_version_id) REFERENCES circuit_version (id),
    CONSTRAINT fk_circuit_step_body FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT ck_circuit_step_rule CHECK (decision_rule IN ('CHAIR_DECIDES', 'MAJORITY_WITH_QUORUM', 'UNANIMITY')),
    CONSTRAINT ck_circuit_step_deadline CHECK (deadline_days IS NULL OR deadline_days > 0)
);

-- The two circuits every installation starts with (administrators define new versions). Every step is decided
-- by the majority of its body with its quorum: a body's chair, or its secretary in one of its meetings, may then
-- close the step when the opinions allow it (the demo bodies have no chair but the steering committee's).
INSERT INTO circuit (id, code, name, subject_kind, current_number) VALUES
(1, 'notes-de-position', 'Notes de position', 'PAPER', 1),
(2, 'examen-comite-de-pilotage', 'Examen par le comité de pilotage', 'DOCUMENT', 1);
INSERT INTO circuit_version (id, circuit_id, number, created_at) VALUES
(1, 1, 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00:00'),
(2, 2, 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00:00');
INSERT INTO circuit_step (id, circuit_version_id, position, body_id, decision_rule, deadline_days) VALUES
(1, 1, 1, 1, 'MAJORITY_WITH_QUORUM', 15),
(2, 1, 2, 2, 'MAJORITY_WITH_QUORUM', 30),
(3, 1, 3, 3, 'MAJORITY_WITH_QUORUM', 30),
(4, 2, 1, 3, 'MAJORITY_WITH_QUORUM', 30);

-- A position paper: the authors' working copy (editable while a draft or sent back) and its status.
CREATE TABLE position_paper (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    title          VARCHAR(300)             NOT NULL,
    summary        VARCHAR(2000),
    theme          VARCHAR(200),
    addressee      VARCHAR(300),
    body_html      VARCHAR(100000),
    status         VARCHAR(20)              NOT NULL,
    created_by_id  BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the number of its last frozen version (0 before the first submission)
    version_count  INTEGER                  NOT NULL DEFAULT 0,
    version        INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT fk_position_paper_creator FOREIGN KEY (created_by_id) REFERENCES person (id),
    -- APPROVED: adopted by the last step of its circuit
    CONSTRAINT ck_position_paper_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED',
        'REJECTED', 'WITHDRAWN'))
);

CREATE TABLE position_paper_author (
    paper_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (paper_id, person_id),
    CONSTRAINT fk_paper_author_paper FOREIGN KEY (paper_id) REFERENCES position_paper (id),
    CONSTRAINT fk_paper_author_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_paper_author_person ON position_paper_author (person_id);

CREATE TABLE position_paper_attachment (
    paper_id    BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (paper_id, document_id),
    CONSTRAINT fk_paper_attachment_paper FOREIGN KEY (paper_id) REFERENCES position_paper (id),
    CONSTRAINT fk_paper_attachment_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- A frozen version: what the bodies reviewed, never changed once written.
CREATE TABLE paper_version (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    paper_id      BIGINT                   NOT NULL,
    number        INTEGER                  NOT NULL,
    title         VARCHAR(300)             NOT NULL,
    summary       VARCHAR(2000),
    theme         VARCHAR(200),
    addressee     VARCHAR(300),
    body_html     VARCHAR(100000),
    body_sha256   CHAR(64)                 NOT NULL,
    frozen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    frozen_by_id  BIGINT                   NOT NULL,
    CONSTRAINT uk_paper_version UNIQUE (paper_id, number),
    CONSTRAINT fk_paper_version_paper FOREIGN KEY (paper_id) REFERENCES position_paper (id),
    CONSTRAINT fk_paper_version_frozen_by FOREIGN KEY (frozen_by_id) REFERENCES person (id)
);

-- The attachments of a frozen version: which version of which document, and its content's hash.
CREATE TABLE paper_version_attachment (
    paper_version_id        BIGINT       NOT NULL,
    document_id             BIGINT       NOT NULL,
    document_version_number INTEGER      NOT NULL,
    content_sha256          CHAR(64)     NOT NULL,
    title                   VARCHAR(300) NOT NULL,
    PRIMARY KEY (paper_version_id, document_id),
    CONSTRAINT fk_version_attachment_version FOREIGN KEY (paper_version_id) REFERENCES paper_version (id)
);

-- A review carries a paper or a document through the version of a circuit, one step after the other.
CREATE TABLE review (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    paper_id           BIGINT,
    document_id        BIGINT,
    circuit_version_id BIGINT                   NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    -- the position of the step under way, or of the last one once the review ended
    current_position   INTEGER                  NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by_id      BIGINT                   NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE,
    version            INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_paper FOREIGN KEY (paper_id) REFERENCES position_paper (id),
    CONSTRAINT fk_review_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_circuit_version FOREIGN KEY (circuit_version_id) REFERENCES circuit_version (id),
    CONSTRAINT fk_review_started_by FOREIGN KEY (started_by_id) REFERENCES person (id),
    CONSTRAINT ck_review_subject CHECK ((paper_id IS NULL) <> (document_id IS NULL)),
    CONSTRAINT ck_review_status CHECK (status IN ('IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED',
        'WITHDRAWN'))
);
CREATE INDEX ix_review_paper ON review (paper_id);
CREATE INDEX ix_review_document ON review (document_id);

-- One round of one step: opened for a version, closed by a decision. A new version after a request for changes
-- opens the same step again, as its next round.
CREATE TABLE review_step (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    review_id             BIGINT                   NOT NULL,
    position              INTEGER                  NOT NULL,
    round                 INTEGER                  NOT NULL,
    subject_version       INTEGER                  NOT NULL,
    body_id               BIGINT                   NOT NULL,
    decision_rule         VARCHAR(30)              NOT NULL,
    quorum_percent        INTEGER                  NOT NULL,
    opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at           TIMESTAMP WITH TIME ZONE,
    closed_at             TIMESTAMP WITH TIME ZONE,
    decision              VARCHAR(20),
    decided_by_id         BIGINT,
    decided_in_meeting_id BIGINT,
    reason                VARCHAR(2000),
    -- the counts when it closed, as the rule saw them
    voters                INTEGER,
    favourable            INTEGER,
    unfavourable          INTEGER,
    abstentions           INTEGER,
    version               INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uk_review_step UNIQUE (review_id, position, round),
    CONSTRAINT fk_review_step_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_step_body FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT fk_review_step_decided_by FOREIGN KEY (decided_by_id) REFERENCES person (id),
    CONSTRAINT fk_review_step_meeting FOREIGN KEY (decided_in_meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_review_step_decision CHECK (decision IS NULL OR decision IN ('APPROVE', 'REQUEST_CHANGES', 'REJECT'))
);
CREATE INDEX ix_review_step_open ON review_step (closed_at, body_id);

-- The members of the step's body when it opened: the quorum and the majority are counted over them.
CREATE TABLE review_step_member (
    step_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (step_id, person_id),
    CONSTRAINT fk_step_member_step FOREIGN KEY (step_id) REFERENCES review_step (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_member_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE review_opinion (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    step_id    BIGINT                   NOT NULL,
    person_id  BIGINT                   NOT NULL,
    choice     VARCHAR(30)              NOT NULL,
    comment_text VARCHAR(4000),
    given_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uk_review_opinion UNIQUE (step_id, person_id),
    CONSTRAINT fk_review_opinion_step FOREIGN KEY (step_id) REFERENCES review_step (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_opinion_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_review_opinion_choice CHECK (choice IN ('FAVOURABLE', 'FAVOURABLE_WITH_RESERVATIONS',
        'UNFAVOURABLE', 'ABSTENTION'))
);
