-- Imports of archives: an administrator uploads a zip of a folder tree; it is unpacked safely under the data
-- directory (imports/<directory>/files/<number>), its files are listed here, then imported one by one through the
-- library's deposit, each outcome written as it happens so that the import resumes after a restart.
CREATE SEQUENCE archive_import_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE archive_import_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE archive_import (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    archive_name     VARCHAR(255)             NOT NULL,
    -- the directory of its unpacked files under <data>/imports/ (a random name, never one from the archive)
    directory        VARCHAR(64)              NOT NULL,
    started_by_id    BIGINT                   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- ANALYSED: unpacked, waiting for its options; RUNNING; FINISHED; FAILED (stopped on an unexpected error);
    -- ABANDONED: analysed but never started, its files removed
    status           VARCHAR(20)              NOT NULL,
    -- options, once started: the category of files outside the mapped folders, and the visibility (no row in
    -- archive_import_body: all of Les Interactifs)
    default_category VARCHAR(40),
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    failure_reason   VARCHAR(2000),
    -- the depth of the folders offered for the mapping: 1 when every file lies under one common folder
    mapping_depth    INTEGER                  NOT NULL DEFAULT 0,
    total_files      INTEGER                  NOT NULL,
    total_bytes      BIGINT                   NOT NULL,
    -- folders, hidden and system files passed over while unpacking
    skipped_count    INTEGER                  NOT NULL DEFAULT 0,
    imported_count   INTEGER                  NOT NULL DEFAULT 0,
    duplicate_count  INTEGER                  NOT NULL DEFAULT 0,
    refused_count    INTEGER                  NOT NULL DEFAULT 0,
    bytes_done       BIGINT                   NOT NULL DEFAULT 0,
    version          INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT fk_archive_import_started_by FOREIGN KEY (started_by_id) REFERENCES person (id),
    CONSTRAINT ck_archive_import_status CHECK (status IN ('ANALYSED', 'RUNNING', 'FINISHED', 'FAILED', 'ABANDONED')),
    CONSTRAINT ck_archive_import_category CHECK (default_category IS NULL OR default_category IN ('STRATEGIC_WATCH',
        'INFLUENCE', 'ECONOMIC_MODELS', 'RESEARCH', 'CLUSTER_LIFE'))
);
CREATE INDEX ix_archive_import_status ON archive_import (status, created_at);

-- The bodies the imported documents are visible to (none: all of Les Interactifs).
CREATE TABLE archive_import_body (
    import_id BIGINT      NOT NULL,
    body_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (import_id, body_code),
    CONSTRAINT fk_archive_import_body_import FOREIGN KEY (import_id) REFERENCES archive_import (id)
);

-- The category of the files under each mapped folder (the others take the default category).
CREATE TABLE archive_import_folder (
    import_id BIGINT       NOT NULL,
    folder    VARCHAR(255) NOT NULL,
    category  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (import_id, folder),
    CONSTRAINT fk_archive_import_folder_import FOREIGN KEY (import_id) REFERENCES archive_import (id),
    CONSTRAINT ck_archive_import_folder_category CHECK (category IN ('STRATEGIC_WATCH', 'INFLUENCE',
        'ECONOMIC_MODELS', 'RESEARCH', 'CLUSTER_LIFE'))
);

-- One file of the archive, in the archive's order, and what became of it.
CREATE TABLE archive_import_entry (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    import_id         BIGINT                   NOT NULL,
    entry_number      INTEGER                  NOT NULL,
    relative_path     VARCHAR(1000)            NOT NULL,
    -- the folder the mapping applies to (at the import's mapping depth), null for a file above it
    mapping_folder    VARCHAR(255),
    size_bytes        BIGINT                   NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    -- why it was refused: the bundle key and its parameters (to show it in the reader's language), and the
    -- French sentence (for the record)
    reason_key        VARCHAR(100),
    reason_parameters VARCHAR(2000),
    reason_text       VARCHAR(2000),
    -- the document it became (IMPORTED), or the one already holding its content (DUPLICATE)
    document_id       BIGINT,
    processed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_archive_import_entry UNIQUE (import_id, entry_number),
    CONSTRAINT fk_archive_import_entry_import FOREIGN KEY (import_id) REFERENCES archive_import (id),
    CONSTRAINT fk_archive_import_entry_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE SET NULL,
    CONSTRAINT ck_archive_import_entry_status CHECK (status IN ('PENDING', 'IMPORTED', 'DUPLICATE', 'REFUSED'))
);
CREATE INDEX ix_archive_import_entry_status ON archive_import_entry (import_id, status, entry_number);
CREATE INDEX ix_archive_import_entry_processed ON archive_import_entry (import_id, processed_at);
CREATE INDEX ix_archive_import_entry_document ON archive_import_entry (document_id);
