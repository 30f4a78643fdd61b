package fr.prma.interactifs.governance.entity;

/**
 * One thing that changed when a meeting was rescheduled, with its old and new values as people read them
 * (dates and times already in Europe/Paris), so that the members can be told what changed.
 */
public record MeetingChange(Field field, String before, String after) {

    /** What may change. Only {@link #mattersToMembers()} changes are sent to members once convened. */
    public enum Field {
        TITLE, DATE, TIME, PLACE, VIDEO_LINK;

        public boolean mattersToMembers() {
            return this != TITLE;
        }
    }
}
