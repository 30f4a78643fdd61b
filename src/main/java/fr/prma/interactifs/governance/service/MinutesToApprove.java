package fr.prma.interactifs.governance.service;

import java.time.OffsetDateTime;

/** Published minutes that a coming meeting may approve: their id and the start of the meeting they are of. */
public record MinutesToApprove(long minutesId, OffsetDateTime meetingStart) {
}
