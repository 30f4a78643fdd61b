package fr.prma.interactifs.governance.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.MinutesDecision;
import fr.prma.interactifs.governance.entity.MinutesStatus;

/**
 * One revision of minutes as pages show it. Discussions are sanitised HTML, safe to render as such.
 *
 * @param discussionSavedAt   when a discussion was last saved, or {@code null} (none yet, or before it was recorded)
 * @param approvedAt          when a later meeting approved these minutes, or {@code null}
 * @param approvedInMeetingOf the start of that meeting, or {@code null}
 */
public record MinutesView(long id, int revision, MinutesStatus status, String correctionReason,
                          LocalDate commentsUntil, String quorum, OffsetDateTime publishedAt, String publishedBy,
                          OffsetDateTime discussionSavedAt, OffsetDateTime approvedAt, OffsetDateTime approvedInMeetingOf,
                          List<Attendee> attendees, List<Section> sections, List<Action> actions, int version) {

    /** The same revision, read again after a change that only moved its version. */
    public MinutesView withVersion(int newVersion) {
        return new MinutesView(id, revision, status, correctionReason, commentsUntil, quorum, publishedAt,
                publishedBy, discussionSavedAt, approvedAt, approvedInMeetingOf, attendees, sections, actions, newVersion);
    }

    /** The same revision stating a quorum (a draft's, as its attendance gives it today). */
    public MinutesView withQuorum(String sentence) {
        return new MinutesView(id, revision, status, correctionReason, commentsUntil, sentence, publishedAt,
                publishedBy, discussionSavedAt, approvedAt, approvedInMeetingOf, attendees, sections, actions, version);
    }

    public boolean isPublished() {
        return status == MinutesStatus.PUBLISHED;
    }

    /** A draft circulated to the attendees: they read it too, and comment until {@link #commentsUntil}. */
    public boolean isCirculated() {
        return status == MinutesStatus.IN_CORRECTION;
    }

    public record Attendee(long personId, String name, String organisation, AttendanceAnswer status,
                           String proxyName) {
    }

    public record Section(int index, String title, String discussionHtml, List<Decision> decisions) {
    }

    /** @param votes {@code null} when no vote was taken */
    public record Decision(long id, String wording, MinutesDecision.Votes votes) {
    }

    public record Action(long id, String what, long assigneeId, String assigneeName, LocalDate due, boolean done,
                         String doneBy) {
    }
}
