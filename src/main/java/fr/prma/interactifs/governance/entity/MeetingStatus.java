package fr.prma.interactifs.governance.entity;

/**
 * Where a meeting stands. It is {@link #PLANNED} while the secretary prepares it, {@link #CONVENED} once the
 * members have been sent the convocation, {@link #CANCELLED} for good. Whether it has been held is a matter of
 * time (its start has passed), not of state.
 */
public enum MeetingStatus {
    PLANNED,
    CONVENED,
    CANCELLED
}
