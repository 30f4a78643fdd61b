package fr.prma.interactifs.governance.service;

import static fr.prma.interactifs.platform.pdf.PrintXhtml.escape;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.isBlank;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.orEmpty;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.paragraph;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.table;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.pdf.PrintXhtml;
import fr.prma.interactifs.platform.pdf.XhtmlPdf;
import fr.prma.interactifs.platform.text.RichText;

/**
 * The PDF rendition of published minutes: the cluster's official record, in French whatever the reader's
 * language, hence the French bundle rather than the reader's.
 * <p>
 * The minutes become one XHTML document (every plain-text value escaped, the discussions sanitised again and
 * made well-formed by {@link RichText#toXhtml}) with the house print style sheet, which {@link XhtmlPdf} lays
 * out on A4 pages with DejaVu Sans embedded and French line breaking: masthead, attendance and quorum, one part
 * per agenda item with its decisions, actions, and on every page a footer with the publication line and
 * "page X / Y". The PDF is tagged: title ("Compte rendu - " and the meeting's title), author, subject (the body)
 * and language (fr) are in its metadata.
 * <p>
 * Plain Java and thread-safe.
 */
public final class MinutesPdf {

    // --- Wording of the record, from the bundle, in French: the minutes are the cluster's official record ---

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);

    /** The PDF's title is this followed by the meeting's title. */
    static final String TITLE_PREFIX = TEXT.getString("pdf.minutes.titlePrefix");
    static final String AUTHOR = TEXT.getString("pdf.minutes.author");
    private static final String KIND = TEXT.getString("pdf.minutes.kind");
    private static final String REVISION = TEXT.getString("pdf.minutes.revision");
    private static final String CORRECTION = TEXT.getString("pdf.minutes.correction");
    private static final String PLACE = TEXT.getString("pdf.minutes.place");
    private static final String ATTENDANCE = TEXT.getString("pdf.minutes.attendance");
    private static final String NAME = TEXT.getString("pdf.minutes.name");
    private static final String ORGANISATION = TEXT.getString("pdf.minutes.organisation");
    private static final String PRESENCE = TEXT.getString("pdf.minutes.presence");
    private static final String PROXY = TEXT.getString("pdf.minutes.proxy");
    private static final String NOBODY = TEXT.getString("pdf.minutes.nobody");
    private static final String DECISION = TEXT.getString("pdf.minutes.decision");
    private static final String VOTES = TEXT.getString("pdf.minutes.votes");
    private static final String ACTIONS = TEXT.getString("pdf.minutes.actions");
    private static final String WHAT = TEXT.getString("pdf.minutes.what");
    private static final String WHO = TEXT.getString("pdf.minutes.who");
    private static final String DUE = TEXT.getString("pdf.minutes.due");
    private static final String NO_ACTION = TEXT.getString("pdf.minutes.noAction");

    private static final String STYLE = XhtmlPdf.styleSheet(TEXT.getString("pdf.minutes.page"),
            TEXT.getString("pdf.minutes.pageOf"));

    private MinutesPdf() {
    }

    /**
     * The name people save the PDF under, made from what it is: the body, the day of the meeting (in Paris,
     * as its schedule says) and, for a correction, the revision, like an address not translated:
     * {@code compte-rendu-reunion-departementale-2026-12-07-rev2.pdf}.
     */
    public static String fileName(BodyCode body, LocalDate day, int revision) {
        return "compte-rendu-" + body.slug() + "-" + day + (revision > 1 ? "-rev" + revision : "") + ".pdf";
    }

    /**
     * The PDF of these minutes.
     *
     * @throws java.io.UncheckedIOException when the PDF cannot be written (never expected: everything is in memory)
     */
    public static byte[] render(MinutesDocument minutes) {
        Objects.requireNonNull(minutes, "minutes");
        String title = TITLE_PREFIX + orEmpty(minutes.meetingTitle()).strip();
        return XhtmlPdf.render(xhtml(minutes, title), "the minutes of " + title);
    }

    // --- The XHTML document ------------------------------------------------------------------------------

    private static String xhtml(MinutesDocument minutes, String title) {
        StringBuilder html = PrintXhtml.begin(title, AUTHOR, minutes.bodyName(), STYLE, minutes.published());
        masthead(html, minutes);
        attendance(html, minutes);
        int number = 0;
        for (MinutesDocument.Section section : minutes.sections()) {
            section(html, ++number, section);
        }
        actions(html, minutes.actions());
        return PrintXhtml.end(html);
    }

    private static void masthead(StringBuilder html, MinutesDocument minutes) {
        html.append("<div class=\"masthead\"><p class=\"kind\">").append(escape(KIND));
        if (minutes.revision() > 1) {
            html.append(escape(REVISION + minutes.revision()));
        }
        html.append("</p>");
        paragraph(html, "body", minutes.bodyName());
        html.append("<h1>").append(escape(minutes.meetingTitle())).append("</h1>");
        paragraph(html, "when", minutes.when());
        if (!isBlank(minutes.place())) {
            paragraph(html, "place", PLACE + minutes.place());
        }
        if (minutes.revision() > 1 && !isBlank(minutes.correctionReason())) {
            paragraph(html, "correction typed", CORRECTION + minutes.correctionReason().strip());
        }
        html.append("</div>");
    }

    private static void attendance(StringBuilder html, MinutesDocument minutes) {
        html.append("<h2>").append(escape(ATTENDANCE)).append("</h2>");
        if (minutes.attendees().isEmpty()) {
            paragraph(html, "none", NOBODY);
        } else {
            table(html, new String[] {NAME, ORGANISATION, PRESENCE, PROXY}, new int[] {27, 33, 15, 25},
                    minutes.attendees().stream().map(attendee -> new String[] {attendee.name(),
                            attendee.organisation(), attendee.status(), attendee.proxyName()}).toList());
        }
        if (!isBlank(minutes.quorum())) {
            paragraph(html, "quorum typed", minutes.quorum().strip());
        }
    }

    private static void section(StringBuilder html, int number, MinutesDocument.Section section) {
        html.append("<h2>").append(number).append(". ").append(escape(section.title())).append("</h2>");
        String discussion = RichText.toXhtml(section.discussionHtml());
        if (!discussion.isEmpty()) {
            html.append("<div class=\"discussion\">").append(discussion).append("</div>");
        }
        for (MinutesDocument.Decision decision : section.decisions()) {
            html.append("<div class=\"decision\">");
            paragraph(html, "label", DECISION);
            paragraph(html, "typed", orEmpty(decision.text()).strip());
            if (decision.votesFor() != null || decision.votesAgainst() != null || decision.abstentions() != null) {
                paragraph(html, "votes", VOTES.formatted(count(decision.votesFor()), count(decision.votesAgainst()),
                        count(decision.abstentions())));
            }
            html.append("</div>");
        }
    }

    private static void actions(StringBuilder html, List<MinutesDocument.Action> actions) {
        html.append("<h2>").append(escape(ACTIONS)).append("</h2>");
        if (actions.isEmpty()) {
            paragraph(html, "none", NO_ACTION);
        } else {
            table(html, new String[] {WHAT, WHO, DUE}, new int[] {50, 24, 26}, actions.stream()
                    .map(action -> new String[] {action.what(), action.who(), action.due()}).toList());
        }
    }

    private static int count(Integer votes) {
        return votes == null ? 0 : votes;
    }

    /** The French line breaking of every printed record ({@link XhtmlPdf}), as this class has long named it. */
    static final class FrenchLineBreaker extends fr.prma.interactifs.platform.pdf.FrenchLineBreaker {
    }
}
