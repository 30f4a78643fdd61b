-- Published minutes are filed in the document library as the PDF of each revision (one document per meeting,
-- one version per published revision), so that they are found by the full-text search like any document.
-- Emptying the bin of the library may remove that document: the minutes then simply no longer point at it.
ALTER TABLE minutes ADD COLUMN document_id BIGINT;
ALTER TABLE minutes ADD CONSTRAINT fk_minutes_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE SET NULL;
