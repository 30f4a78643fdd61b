-- Reminders of the review of position papers: each step's members are reminded once before its deadline, and its
-- body's chair is told once that it is overdue. A row per step and kind of reminder, written when it is sent, so
-- that the hourly round never sends it twice (and without touching the step's version, which guards decisions).
CREATE TABLE review_reminder (
    step_id   BIGINT                   NOT NULL REFERENCES review_step (id) ON DELETE CASCADE,
    kind      VARCHAR(20)              NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (step_id, kind)
);
