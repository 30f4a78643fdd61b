package fr.prma.interactifs.governance.service;

import java.time.OffsetDateTime;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.MeetingPhase;
import fr.prma.interactifs.governance.entity.MeetingStatus;

/**
 * A meeting in a list: which body, what, when, where, and where it stands ({@code phase}: under way during its
 * slot, held after it).
 */
public record MeetingSummary(long id, BodyCode body, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                             String place, String videoLink, MeetingStatus status, MeetingPhase phase) {

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public boolean isConvened() {
        return status == MeetingStatus.CONVENED;
    }

    /**
     * Lists tag every meeting but the convened one to come, which is the usual case: in preparation, under way,
     * held, cancelled.
     */
    public boolean phaseShown() {
        return phase != MeetingPhase.CONVENED;
    }
}
