package fr.prma.interactifs.governance.service;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;

/**
 * A member of the body and a meeting, as the secretary sees it: their answer (none yet: {@code null}), the
 * member holding their proxy, and what was recorded on the day.
 */
public record AttendanceLine(long personId, String displayName, String organisationName, AttendanceAnswer answer,
                             String proxyName, AttendanceAnswer attended) {
}
