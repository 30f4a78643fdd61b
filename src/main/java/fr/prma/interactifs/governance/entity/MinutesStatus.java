package fr.prma.interactifs.governance.entity;

/**
 * Where a revision of minutes stands: {@link #DRAFT} while the secretary writes it, {@link #IN_CORRECTION}
 * while the attendees may read and comment it (optional), {@link #PUBLISHED} once frozen for the members.
 * A correction after publication is a new revision, starting again as a draft.
 */
public enum MinutesStatus {
    DRAFT,
    IN_CORRECTION,
    PUBLISHED;

    /** Whether the secretary may still change the text. */
    public boolean isEditable() {
        return this != PUBLISHED;
    }
}
