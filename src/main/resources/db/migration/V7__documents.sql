-- The document library: documents, their versions (each one stored content, addressed by its SHA-256 in the
-- content store) and the extraction of their text, queued here durably: a version waits in PENDING until the
-- extraction worker has read it, across restarts.
CREATE SEQUENCE document_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE document_version_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE document (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    title           VARCHAR(300)             NOT NULL,
    -- true while the title is the one made from the file's name: the extraction may replace it by the title
    -- the file itself gives
    title_from_name BOOLEAN                  NOT NULL,
    description     VARCHAR(4000),
    category        VARCHAR(40)              NOT NULL,
    visible_to_all  BOOLEAN                  NOT NULL,
    filed_year      INTEGER                  NOT NULL,
    -- the family of the current version's type (pdf, word, spreadsheet…): the library filters on it
    type_family     VARCHAR(20)              NOT NULL,
    current_number  INTEGER                  NOT NULL,
    uploader_id     BIGINT                   NOT NULL,
    organisation_id BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    deleted_by_id   BIGINT,
    version         INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT fk_document_uploader FOREIGN KEY (uploader_id) REFERENCES person (id),
    CONSTRAINT fk_document_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_document_deleted_by FOREIGN KEY (deleted_by_id) REFERENCES person (id),
    CONSTRAINT ck_document_category CHECK (category IN ('STRATEGIC_WATCH', 'INFLUENCE', 'ECONOMIC_MODELS',
        'RESEARCH', 'CLUSTER_LIFE'))
);
CREATE INDEX ix_document_updated ON document (deleted_at, updated_at);
CREATE INDEX ix_document_organisation ON document (organisation_id);

-- The bodies a document is visible to, when it is not visible to all of Les Interactifs.
CREATE TABLE document_body (
    document_id BIGINT NOT NULL,
    body_id     BIGINT NOT NULL,
    PRIMARY KEY (document_id, body_id),
    CONSTRAINT fk_document_body_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_document_body_body FOREIGN KEY (body_id) REFERENCES body (id)
);
CREATE INDEX ix_document_body_body ON document_body (body_id);

CREATE TABLE document_tag (
    document_id BIGINT      NOT NULL,
    tag         VARCHAR(60) NOT NULL,
    PRIMARY KEY (document_id, tag),
    CONSTRAINT fk_document_tag_document FOREIGN KEY (document_id) REFERENCES document (id)
);

CREATE TABLE document_version (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    document_id        BIGINT                   NOT NULL,
    version_number     INTEGER                  NOT NULL,
    content_sha256     CHAR(64)                 NOT NULL,
    size_bytes         BIGINT                   NOT NULL,
    original_name      VARCHAR(255)             NOT NULL,
    media_type         VARCHAR(200)             NOT NULL,
    version_comment    VARCHAR(1000),
    uploaded_by_id     BIGINT                   NOT NULL,
    uploaded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    extraction_status  VARCHAR(20)              NOT NULL,
    extraction_failure VARCHAR(30),
    extraction_attempts INTEGER                 NOT NULL DEFAULT 0,
    extracted_at       TIMESTAMP WITH TIME ZONE,
    text_sha256        CHAR(64),
    text_truncated     BOOLEAN                  NOT NULL DEFAULT FALSE,
    property_author    VARCHAR(300),
    property_title     VARCHAR(500),
    property_created   TIMESTAMP WITH TIME ZONE,
    property_pages     INTEGER,
    property_language  VARCHAR(10),
    version            INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uk_document_version UNIQUE (document_id, version_number),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_document_version_uploader FOREIGN KEY (uploaded_by_id) REFERENCES person (id),
    CONSTRAINT ck_document_version_status CHECK (extraction_status IN ('PENDING', 'DONE', 'EMPTY', 'ENCRYPTED',
        'FAILED'))
);
CREATE INDEX ix_document_version_status ON document_version (extraction_status);
CREATE INDEX ix_document_version_content ON document_version (content_sha256);
