-- When the discussions of a minutes draft were last saved on the server, so that the editor offers a copy kept in
-- a browser only when it is newer than what the server holds, and says both times. Drafts written before this
-- version have none: the editor then compares the texts alone.
ALTER TABLE minutes ADD COLUMN discussion_saved_at TIMESTAMP WITH TIME ZONE;
