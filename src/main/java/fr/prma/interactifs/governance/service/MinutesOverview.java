package fr.prma.interactifs.governance.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The minutes of a meeting as one reader may see them.
 *
 * @param current    the latest published revision, or {@code null}
 * @param draft      the revision being written: for the secretaries and the chair, and for the attendees while
 *                   it is circulated to them; otherwise {@code null}
 * @param published  every published revision, latest first (the first is {@code current})
 * @param comments   the attendees' comments on the draft, for those who see the draft
 * @param otherDecisions the decisions taken in the meeting through other parts of the intranet (position papers)
 * @param canWrite   the reader writes and publishes the minutes
 * @param canOpen    the meeting is held, not cancelled, and has no minutes yet: the reader may open them
 * @param canComment the draft is circulated, its deadline has not passed, and the reader attended
 */
public record MinutesOverview(long meetingId, MinutesView current, MinutesView draft, List<MinutesView> published,
                              List<Comment> comments, List<DecisionsTakenInMeetings.Decision> otherDecisions,
                              boolean canWrite, boolean canOpen, boolean canComment) {

    /** An attendee's comment on the draft. */
    public record Comment(String authorName, String body, OffsetDateTime createdAt) {
    }
}
