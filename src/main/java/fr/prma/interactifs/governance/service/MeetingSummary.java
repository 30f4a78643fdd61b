package fr.prma.interactifs.governance.service;

import java.time.OffsetDateTime;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.MeetingStatus;

/** A meeting in a list: which body, what, when, where, and where it stands. */
public record MeetingSummary(long id, BodyCode body, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             String place, String videoLink, MeetingStatus status) {

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public boolean isConvened() {
        return status == MeetingStatus.CONVENED;
    }
}
