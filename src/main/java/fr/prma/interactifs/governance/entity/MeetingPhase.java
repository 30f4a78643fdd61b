package fr.prma.interactifs.governance.entity;

/**
 * Where a meeting stands as people read it, from its status and the time: planned, convened or cancelled before
 * its slot; under way during it ("En cours"); held after it ("Tenue").
 */
public enum MeetingPhase {
    PLANNED, CONVENED, IN_PROGRESS, HELD, CANCELLED
}
