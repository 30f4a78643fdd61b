-- Organisations, people, governance bodies and who sits where.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (production).
-- Ids come from one sequence per table (JPA allocates them 50 at a time, hence INCREMENT BY 50).
-- They start at 1000: ids below are left for rows that migrations insert themselves.

CREATE SEQUENCE organisation_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE body_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE membership_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    slug           VARCHAR(80)  NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    legal_form     VARCHAR(200),
    activities     VARCHAR(500),
    keycloak_group VARCHAR(200) NOT NULL,
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT uk_organisation_slug UNIQUE (slug),
    CONSTRAINT uk_organisation_group UNIQUE (keycloak_group),
    CONSTRAINT ck_organisation_kind CHECK (kind IN ('MEMBER_STRUCTURE', 'PARTNER', 'COORDINATION'))
);

CREATE TABLE person (
    id              BIGINT       NOT NULL PRIMARY KEY,
    subject         VARCHAR(64)  NOT NULL,
    username        VARCHAR(100) NOT NULL,
    first_name      VARCHAR(100),
    last_name       VARCHAR(100),
    email           VARCHAR(200),
    organisation_id BIGINT,
    last_sign_in    TIMESTAMP WITH TIME ZONE,
    version         INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_subject UNIQUE (subject),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_person_organisation ON person (organisation_id);

CREATE TABLE body (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    purpose       VARCHAR(1000),
    display_order INTEGER      NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT uk_body_code UNIQUE (code)
);

CREATE TABLE membership (
    id        BIGINT       NOT NULL PRIMARY KEY,
    person_id BIGINT      NOT NULL,
    body_id   BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT uk_membership UNIQUE (person_id, body_id, role),
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_body FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT ck_membership_role CHECK (role IN ('MEMBER', 'SECRETARY', 'CHAIR'))
);
CREATE INDEX ix_membership_body ON membership (body_id);
