package fr.prma.interactifs.governance.service;

import java.util.List;

/**
 * A meeting scheduled or rescheduled, with the other meetings of the same body it overlaps: allowed (two
 * sessions may follow each other in one afternoon), but the secretary is warned.
 */
public record ScheduleOutcome(long meetingId, List<MeetingSummary> overlaps) {

    public ScheduleOutcome {
        overlaps = List.copyOf(overlaps);
    }
}
