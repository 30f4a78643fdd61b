package fr.prma.interactifs.workflow.service;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.prma.interactifs.notifications.service.Notice;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import fr.prma.interactifs.workflow.entity.ReviewStatus;

/**
 * What people are told about the review of a position paper: its body's members when a step opens, when its
 * deadline nears and they have not given their opinion; the body's chair when it is overdue; the authors when a
 * step closes. In French, the cluster's language, from the pages' bundle; e-mails carry the same text. Only
 * people who may read the paper at that moment are told (the body's members once it reaches them, its authors).
 */
final class ReviewNotices {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", FRENCH);

    private ReviewNotices() {
    }

    static String path(long paperId) {
        return "/notes/note.xhtml?id=" + paperId;
    }

    /** To the members of the step's body, authors aside. */
    static Notice stepOpened(ReviewStep step) {
        String title = title(step);
        return new Notice(text("notice.review.opened.subject", title, step.getBody().getName()),
                text("notice.review.opened.detail", title, step.getBody().getName(), step.getSubjectVersion(),
                        text("workflow.rule." + step.getRule()), deadline(step)),
                path(paperId(step)));
    }

    /** To the steering committee's members, when a document of the library is submitted to them. */
    static Notice documentSubmitted(ReviewStep step, String documentTitle) {
        return new Notice(text("notice.review.document.subject", documentTitle),
                text("notice.review.document.detail", documentTitle, step.getSubjectVersion(),
                        text("workflow.rule." + step.getRule()), deadline(step)),
                "/documents/document.xhtml?id=" + step.getReview().getDocumentId());
    }

    /** To those of the body who have not given their opinion, a little before the deadline. */
    static Notice reminder(ReviewStep step) {
        String title = title(step);
        return new Notice(text("notice.review.reminder.subject", title, day(step.getDeadlineAt())),
                text("notice.review.reminder.detail", title, step.getBody().getName(), day(step.getDeadlineAt())),
                path(paperId(step)));
    }

    /** To the body's chair, once the deadline has passed with the step still open. */
    static Notice overdue(ReviewStep step, int opinions, int voters) {
        String title = title(step);
        return new Notice(text("notice.review.overdue.subject", title, step.getBody().getName()),
                text("notice.review.overdue.detail", title, step.getBody().getName(), day(step.getDeadlineAt()),
                        opinions, voters),
                path(paperId(step)));
    }

    /** To the authors, when a step closes, with where their paper now stands. */
    static Notice stepClosed(ReviewStep step, ReviewStatus status) {
        String title = title(step);
        String reason = step.getReason() == null ? "" : text("notice.review.closed.reason", step.getReason());
        return new Notice(text("notice.review.closed.subject", title, text("workflow.status." + status)),
                text("notice.review.closed.detail", title, step.getBody().getName(),
                        text("notice.review.outcome." + step.getDecision()), text("workflow.status." + status), reason),
                path(paperId(step)));
    }

    /** To the person who submitted a document, when the committee has decided. */
    static Notice documentDecided(ReviewStep step, String documentTitle, ReviewStatus status) {
        String reason = step.getReason() == null ? "" : text("notice.review.closed.reason", step.getReason());
        return new Notice(text("notice.review.documentDecided.subject", documentTitle,
                text("workflow.document.status." + status)),
                text("notice.review.documentDecided.detail", documentTitle, text("notice.review.outcome." + step.getDecision()),
                        reason),
                "/documents/document.xhtml?id=" + step.getReview().getDocumentId());
    }

    private static String deadline(ReviewStep step) {
        return step.getDeadlineAt() == null ? text("notice.review.noDeadline")
                : text("notice.review.deadline", day(step.getDeadlineAt()));
    }

    private static String day(Instant moment) {
        return DAY.format(moment.atZone(PARIS));
    }

    private static String title(ReviewStep step) {
        return step.getReview().getPaper().getTitle();
    }

    private static long paperId(ReviewStep step) {
        return step.getReview().getPaper().getId();
    }

    /** A text of the French bundle (also the audit lines of this package's services). */
    static String text(String key, Object... arguments) {
        return arguments.length == 0 ? TEXTS.getString(key) : new MessageFormat(TEXTS.getString(key), FRENCH).format(arguments);
    }
}
