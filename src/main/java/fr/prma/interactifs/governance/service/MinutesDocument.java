package fr.prma.interactifs.governance.service;

import java.util.List;

/**
 * Everything the printed minutes show, already worded and formatted in French: what {@link MinutesPdf} renders.
 * Built from the domain by {@link MeetingMinutes}, so that the renderer knows nothing of entities. Plain-text
 * values are printed as typed (they are escaped by the renderer); only {@link Section#discussionHtml()} is HTML.
 * Lists are copied; a {@code null} list is an empty one.
 *
 * @param bodyName         the governance body, e.g. "Conseil d'administration"
 * @param meetingTitle     the meeting's title
 * @param when             day and hours, e.g. "lundi 7 décembre 2026, 14:00 - 16:30"
 * @param place            where it was held; {@code null} when none was given
 * @param revision         1 for the first publication, then 2, 3... for corrections
 * @param correctionReason why this revision corrects the previous one; {@code null} for revision 1
 * @param attendees        the attendance list, in the order to print
 * @param quorum           the sentence saying whether the quorum was reached
 * @param sections         one per agenda item, in order
 * @param actions          the actions decided
 * @param published        e.g. "Publié le 8 décembre 2026 par Camille Durand", printed in every page's footer
 */
public record MinutesDocument(String bodyName, String meetingTitle, String when, String place, int revision,
        String correctionReason, List<Attendee> attendees, String quorum, List<Section> sections,
        List<Action> actions, String published) {

    public MinutesDocument {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        sections = sections == null ? List.of() : List.copyOf(sections);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * One line of the attendance list.
     *
     * @param status    "Présent(e)", "Excusé(e)", "Absent(e)" (already French)
     * @param proxyName who holds this person's proxy; may be {@code null}
     */
    public record Attendee(String name, String organisation, String status, String proxyName) {
    }

    /**
     * One agenda item.
     *
     * @param discussionHtml already sanitized by {@code RichText.sanitize} (the renderer sanitises it again);
     *                       may be empty
     */
    public record Section(String title, String discussionHtml, List<Decision> decisions) {

        public Section {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
        }
    }

    /** A decision; the vote counts are {@code null} when no vote was taken. */
    public record Decision(String text, Integer votesFor, Integer votesAgainst, Integer abstentions) {
    }

    /**
     * An action decided.
     *
     * @param who whom it is assigned to
     * @param due its due date, formatted; may be empty
     */
    public record Action(String what, String who, String due) {
    }
}
