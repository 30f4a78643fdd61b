-- Agendas: documents of the library carried by an item, the grouped notice of agenda changes, and an iCalendar
-- SEQUENCE of its own. Portable SQL: the same script runs on H2 (default) and PostgreSQL (production).

-- The documents an item carries. Each reader sees only those they may read (checked by the library), so the
-- table holds ids only, never a title that could be shown to someone who may not read the document. A document
-- removed for good (the bin emptied) leaves the agendas with it.
CREATE TABLE agenda_item_document (
    agenda_item_id BIGINT NOT NULL,
    document_id    BIGINT NOT NULL,
    PRIMARY KEY (agenda_item_id, document_id),
    CONSTRAINT fk_agenda_item_document_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_agenda_item_document_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX ix_agenda_item_document_document ON agenda_item_document (document_id);

-- After the convocation, the agenda changed and the members have not been told yet: since when, and by whom
-- (NULL when several people changed it). Nothing is pending in meetings that exist already.
ALTER TABLE meeting ADD COLUMN agenda_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN agenda_changed_by BIGINT;

-- The iCalendar SEQUENCE changes only with the date, times, place or status. It was the row's version until
-- now: it starts from there, so that a calendar already subscribed never sees it go backwards.
ALTER TABLE meeting ADD COLUMN ics_sequence INTEGER DEFAULT 0 NOT NULL;
UPDATE meeting SET ics_sequence = version;
