-- A step decided in one of its body's meetings is decided by the room's vote (pour, contre, abstention over the
-- members present or represented, with the meeting's quorum), the written opinions being advice. The step's
-- counts then hold that vote. Steps closed before this version keep what they recorded: their counts were the
-- written opinions, which FALSE says.
ALTER TABLE review_step ADD COLUMN voted_in_session BOOLEAN DEFAULT FALSE NOT NULL;
