package fr.prma.interactifs.governance.service;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import fr.prma.interactifs.governance.entity.AgendaItem;
import fr.prma.interactifs.governance.entity.Meeting;
import fr.prma.interactifs.governance.entity.MeetingChange;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.notifications.service.Notice;

/**
 * What members are told about a meeting (convocation, change, agenda changed, cancellation, a proxy), and the lines
 * of its audit trail. Written in French, the cluster's language, from the same bundle as the pages; e-mails carry
 * the same text. Values typed by people are put in as plain text: pages escape them, e-mails are plain text.
 */
final class MeetingNotices {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", FRENCH);

    private final ResourceBundle bundle = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", FRENCH);

    static String path(long meetingId) {
        return "/instances/reunion.xhtml?reunion=" + meetingId;
    }

    Notice convocation(Meeting meeting) {
        return new Notice(text("notice.meeting.convened.subject", bodyName(meeting), when(meeting)),
                text("notice.meeting.convened.detail", meeting.getTitle(), bodyName(meeting), when(meeting),
                        where(meeting), agenda(meeting)),
                path(meeting.getId()));
    }

    Notice change(Meeting meeting, List<MeetingChange> changes) {
        return new Notice(text("notice.meeting.changed.subject", bodyName(meeting), when(meeting)),
                text("notice.meeting.changed.detail", meeting.getTitle(), bodyName(meeting), changeLines(changes)),
                path(meeting.getId()));
    }

    Notice cancellation(Meeting meeting) {
        String reason = meeting.getCancellationReason() == null ? ""
                : text("notice.meeting.cancelled.reason", meeting.getCancellationReason());
        return new Notice(text("notice.meeting.cancelled.subject", bodyName(meeting), when(meeting)),
                text("notice.meeting.cancelled.detail", meeting.getTitle(), bodyName(meeting), when(meeting), reason),
                path(meeting.getId()));
    }

    /**
     * To the member who now holds someone's proxy for the meeting ({@code given}), or who no longer does:
     * "Camille Durand vous confie son pouvoir pour la réunion « … » (…) du mardi 15 décembre 2026."
     */
    Notice proxy(Meeting meeting, String giver, boolean given) {
        String key = given ? "notice.meeting.proxyGiven" : "notice.meeting.proxyTakenBack";
        return new Notice(text(key + ".subject", bodyName(meeting), when(meeting)),
                text(key + ".detail", giver, meeting.getTitle(), bodyName(meeting), day(meeting.getStartsAt())),
                path(meeting.getId()));
    }

    Notice minutesPublished(Meeting meeting, int revision) {
        String key = revision == 1 ? "notice.minutes.published" : "notice.minutes.corrected";
        return new Notice(text(key + ".subject", bodyName(meeting), when(meeting)),
                text(key + ".detail", meeting.getTitle(), bodyName(meeting), when(meeting), revision),
                "/instances/compte-rendu.xhtml?reunion=" + meeting.getId());
    }

    Notice minutesCirculated(Meeting meeting, String until) {
        return new Notice(text("notice.minutes.circulated.subject", bodyName(meeting), when(meeting)),
                text("notice.minutes.circulated.detail", meeting.getTitle(), bodyName(meeting), until),
                "/instances/compte-rendu.xhtml?reunion=" + meeting.getId());
    }

    Notice minutesCommented(Meeting meeting, String author, String comment) {
        return new Notice(text("notice.minutes.commented.subject", bodyName(meeting), when(meeting)),
                text("notice.minutes.commented.detail", author, meeting.getTitle(), comment),
                "/instances/compte-rendu-edition.xhtml?reunion=" + meeting.getId());
    }

    /** "mardi 15 décembre 2026" */
    String day(OffsetDateTime moment) {
        return DATE.format(moment.atZoneSameInstant(MeetingSchedule.ZONE));
    }

    /** "mardi 15 décembre 2026, 14:00 - 16:00" */
    String when(Meeting meeting) {
        MeetingSchedule schedule = meeting.schedule();
        return DATE.format(schedule.date()) + ", " + TIME.format(schedule.start()) + " - " + TIME.format(schedule.end());
    }

    String where(Meeting meeting) {
        StringBuilder where = new StringBuilder();
        if (meeting.getPlace() != null) {
            where.append(text("notice.meeting.place", meeting.getPlace()));
        }
        if (meeting.getVideoLink() != null) {
            where.append(where.length() > 0 ? "\n" : "").append(text("notice.meeting.videoLink", meeting.getVideoLink()));
        }
        return where.toString();
    }

    String changeLines(List<MeetingChange> changes) {
        return changes.stream()
                .map(change -> text("notice.meeting.change", bundle.getString("meeting.field." + change.field()),
                        change.before() == null ? "-" : change.before(), change.after() == null ? "-" : change.after()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * After the convocation, the agenda changed (once for all the changes made together): the agenda as it is
     * now.
     */
    Notice agendaChanged(Meeting meeting) {
        return new Notice(text("notice.meeting.agendaChanged.subject", bodyName(meeting), when(meeting)),
                text("notice.meeting.agendaChanged.detail", meeting.getTitle(), bodyName(meeting),
                        day(meeting.getStartsAt()), agenda(meeting)),
                path(meeting.getId()));
    }

    private String agenda(Meeting meeting) {
        if (meeting.getAgenda().isEmpty()) {
            return bundle.getString("notice.meeting.agenda.none");
        }
        StringBuilder lines = new StringBuilder(bundle.getString("notice.meeting.agenda"));
        int number = 1;
        for (AgendaItem item : meeting.getAgenda()) {
            lines.append('\n').append(number++).append(". ").append(item.getTitle());
            if (item.getPresenter() != null) {
                lines.append(" (").append(item.getPresenter()).append(')');
            }
        }
        return lines.toString();
    }

    /** Title of the minutes in the document library: "Compte rendu – Comité de pilotage – lundi 7 décembre 2026". */
    public String minutesDocumentTitle(String bodyName, String day) {
        return text("library.minutes.title", bodyName, day);
    }

    /** The tag that files minutes in the library. */
    public String minutesTag() {
        return bundle.getString("library.minutes.tag");
    }

    /** What a corrected revision of minutes changes, as the comment of its version in the library. */
    public String minutesRevisionComment(int revision, String reason) {
        return text("library.minutes.revision", revision, reason);
    }

    private String bodyName(Meeting meeting) {
        return bundle.getString("body." + meeting.getBody().getCode());
    }

    String text(String key, Object... parameters) {
        return new MessageFormat(bundle.getString(key), FRENCH).format(parameters);
    }
}
