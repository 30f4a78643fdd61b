-- Actions marked done by the person they were given to, and the approval of earlier minutes: an agenda item
-- (and then the section of the minutes made from it) may approve the minutes of an earlier meeting.
ALTER TABLE agenda_item ADD COLUMN approves_minutes_id BIGINT;
ALTER TABLE agenda_item ADD CONSTRAINT fk_agenda_item_approves FOREIGN KEY (approves_minutes_id) REFERENCES minutes (id);
ALTER TABLE minutes_section ADD COLUMN approves_minutes_id BIGINT;
ALTER TABLE minutes_section ADD CONSTRAINT fk_minutes_section_approves FOREIGN KEY (approves_minutes_id) REFERENCES minutes (id);
ALTER TABLE minutes ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE minutes ADD COLUMN approved_in_meeting_id BIGINT;
ALTER TABLE minutes ADD CONSTRAINT fk_minutes_approved_in FOREIGN KEY (approved_in_meeting_id) REFERENCES meeting (id);
ALTER TABLE minutes_action ADD COLUMN done_by VARCHAR(200);
