package fr.prma.interactifs.governance.entity;

/** A member's answer to a convocation, and what the secretary records on the day. */
public enum AttendanceAnswer {
    PRESENT,
    EXCUSED,
    ABSENT
}
