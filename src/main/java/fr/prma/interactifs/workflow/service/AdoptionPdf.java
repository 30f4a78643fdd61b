package fr.prma.interactifs.workflow.service;

import static fr.prma.interactifs.platform.pdf.PrintXhtml.heading;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.isBlank;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.orEmpty;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.paragraph;
import static fr.prma.interactifs.platform.pdf.PrintXhtml.table;

import java.text.Format;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.platform.pdf.PrintXhtml;
import fr.prma.interactifs.platform.pdf.XhtmlPdf;
import fr.prma.interactifs.platform.text.FileSlug;
import fr.prma.interactifs.platform.text.RichText;

/**
 * The PDF of an adoption record ("Relevé d'adoption"): the cluster's record of a position it adopted, in French
 * whatever the reader's language, hence the French bundle ({@code pdf.adoption.*}, with the decisions' and rules'
 * wording of {@code workflow.*}).
 * <p>
 * Masthead (paper, title, adoption date, addressee, theme, authors, approved version), one framed part per
 * body's approval (date, who decided or the rule, the meeting, the counts), the adopted text with its hash, the
 * attachments with their versions and hashes, then every round of the review; every page's footer names the
 * paper and its version. Plain-text values are escaped, the text is sanitised again ({@link RichText#toXhtml}),
 * and {@link XhtmlPdf} does the rest as it does for the minutes. Plain Java and thread-safe.
 */
public final class AdoptionPdf {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);

    /** The PDF's title is this followed by the paper's title. */
    static final String TITLE_PREFIX = TEXT.getString("pdf.adoption.titlePrefix");
    private static final String AUTHOR = TEXT.getString("app.name");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm",
            Locale.FRENCH);

    /** Hashes are long unbreakable words: smaller, and broken anywhere. ASCII only, like the house style. */
    private static final String STYLE = XhtmlPdf.styleSheet(TEXT.getString("pdf.adoption.page"),
            TEXT.getString("pdf.adoption.pageOf")) + """
            .lead { font-size: 10.5pt; margin: 3mm 0 0 0; }
            .hash { font-size: 8pt; color: #555555; word-wrap: break-word; }
            """;

    /** How long the paper's title may make the name, cut at the end of a word. */
    private static final int FILE_NAME_TITLE_MAX = 60;

    private AdoptionPdf() {
    }

    /**
     * The name people save the PDF under, made from the paper's title ({@link FileSlug}), like an address not
     * translated: {@code releve-adoption-mutualisation-des-emplois-techniques.pdf}.
     */
    public static String fileName(AdoptionRecord record) {
        return "releve-adoption-" + FileSlug.of(record.title(), FILE_NAME_TITLE_MAX, "note-de-position") + ".pdf";
    }

    /**
     * The PDF of this record.
     *
     * @throws java.io.UncheckedIOException when the PDF cannot be written (never expected: everything is in memory)
     */
    public static byte[] render(AdoptionRecord record) {
        Objects.requireNonNull(record, "record");
        String title = TITLE_PREFIX + orEmpty(record.title()).strip();
        return XhtmlPdf.render(xhtml(record, title), "the adoption record of paper " + record.paperId());
    }

    // --- The XHTML document ------------------------------------------------------------------------------

    private static String xhtml(AdoptionRecord record, String title) {
        String paper = text("pdf.adoption.paper", record.paperId());
        String footer = text("pdf.adoption.footer", record.paperId(), record.version(), shortDay(record.adoptedAt()));
        StringBuilder html = PrintXhtml.begin(title, AUTHOR, paper, STYLE, footer);
        masthead(html, record, paper);
        approvals(html, record.approvals());
        adoptedText(html, record);
        attachments(html, record.attachments());
        history(html, record.history());
        return PrintXhtml.end(html);
    }

    private static void masthead(StringBuilder html, AdoptionRecord record, String paper) {
        html.append("<div class=\"masthead\">");
        paragraph(html, "kind", TEXT.getString("pdf.adoption.kind"));
        paragraph(html, "body", paper);
        heading(html, 1, record.title());
        paragraph(html, "when", text("pdf.adoption.adoptedOn", day(record.adoptedAt())));
        if (!isBlank(record.addressee())) {
            paragraph(html, "place", text("pdf.adoption.addressee", record.addressee().strip()));
        }
        if (!isBlank(record.theme())) {
            paragraph(html, "place", text("pdf.adoption.theme", record.theme().strip()));
        }
        if (!record.authors().isEmpty()) {
            paragraph(html, "place", text("pdf.adoption.authors", String.join(", ", record.authors())));
        }
        paragraph(html, "place", text("pdf.adoption.version", record.version(), day(record.frozenAt())));
        if (!isBlank(record.summary())) {
            paragraph(html, "lead typed", record.summary().strip());
        }
        html.append("</div>");
    }

    private static void approvals(StringBuilder html, List<AdoptionRecord.Approval> approvals) {
        heading(html, 2, TEXT.getString("pdf.adoption.approvals"));
        for (AdoptionRecord.Approval approval : approvals) {
            html.append("<div class=\"decision\">");
            paragraph(html, "label", text("pdf.adoption.approval", approval.position(), approval.bodyName()));
            paragraph(html, "typed", text("pdf.adoption.approvedOn", dayAndTime(approval.decidedAt()),
                    approval.round(), approval.version()));
            paragraph(html, "typed", approval.decidedBy() == null ? TEXT.getString("pdf.adoption.byRule")
                    : text("pdf.adoption.decidedBy", approval.decidedBy()));
            if (approval.rule() != null) {
                paragraph(html, "typed", text("pdf.adoption.rule",
                        TEXT.getString("workflow.rule." + approval.rule().name())));
            }
            paragraph(html, "typed", meeting(approval.meeting()));
            if (approval.voters() != null) {
                paragraph(html, "votes", text(approval.votedInSession() ? "pdf.adoption.roomVotes" : "pdf.adoption.votes",
                        approval.voters(), count(approval.favourable()),
                        count(approval.unfavourable()), count(approval.abstentions())));
            }
            html.append("</div>");
        }
    }

    private static String meeting(AdoptionRecord.Meeting meeting) {
        if (meeting == null) {
            return TEXT.getString("pdf.adoption.outsideMeeting");
        }
        String when = meeting.startsAt() == null ? ""
                : DAY_AND_TIME.format(meeting.startsAt().atZoneSameInstant(MeetingSchedule.ZONE));
        return isBlank(meeting.place()) ? text("pdf.adoption.inMeeting", when)
                : text("pdf.adoption.inMeetingAt", when, meeting.place().strip());
    }

    private static void adoptedText(StringBuilder html, AdoptionRecord record) {
        heading(html, 2, text("pdf.adoption.text", record.version()));
        String text = RichText.toXhtml(record.textHtml());
        if (text.isEmpty()) {
            paragraph(html, "none", TEXT.getString("pdf.adoption.noText"));
        } else {
            html.append("<div class=\"discussion\">").append(text).append("</div>");
        }
        if (!isBlank(record.textSha256())) {
            paragraph(html, "hash", text("pdf.adoption.textHash", record.textSha256()));
        }
    }

    private static void attachments(StringBuilder html, List<AdoptionRecord.Attachment> attachments) {
        heading(html, 2, TEXT.getString("pdf.adoption.attachments"));
        if (attachments.isEmpty()) {
            paragraph(html, "none", TEXT.getString("pdf.adoption.noAttachment"));
        } else {
            table(html, new String[] {TEXT.getString("pdf.adoption.attachment"),
                    TEXT.getString("pdf.adoption.attachmentVersion"), TEXT.getString("pdf.adoption.attachmentHash")},
                    new int[] {44, 12, 44}, attachments.stream().map(attachment -> new String[] {attachment.title(),
                            String.valueOf(attachment.version()), attachment.sha256()}).toList());
        }
    }

    private static void history(StringBuilder html, List<AdoptionRecord.Round> history) {
        heading(html, 2, TEXT.getString("pdf.adoption.history"));
        table(html, new String[] {TEXT.getString("pdf.adoption.step"), TEXT.getString("pdf.adoption.round"),
                TEXT.getString("pdf.adoption.paperVersion"), TEXT.getString("pdf.adoption.decision"),
                TEXT.getString("pdf.adoption.date"), TEXT.getString("pdf.adoption.reason")},
                new int[] {24, 8, 12, 19, 14, 23}, history.stream().map(round -> new String[] {
                        round.position() + ". " + orEmpty(round.bodyName()), String.valueOf(round.round()),
                        String.valueOf(round.version()),
                        round.decision() == null ? TEXT.getString("pdf.adoption.undecided")
                                : TEXT.getString("workflow.minutes.decision." + round.decision().name()),
                        shortDay(round.decidedAt()),
                        round.reason()}).toList());
    }

    // --- Wording ------------------------------------------------------------------------------------------

    /**
     * A message of the French bundle. A number put in as a plain {@code {0}} is written as typed (no "1 234"
     * grouping for an id); one the pattern formats itself (a choice for a plural, a number) stays a number.
     */
    static String text(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(TEXT.getString(key), Locale.FRENCH);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            values[i] = plain && arguments[i] instanceof Number number ? number.toString() : arguments[i];
        }
        return format.format(values);
    }

    private static String day(Instant moment) {
        return moment == null ? "" : DAY.format(paris(moment));
    }

    private static String shortDay(Instant moment) {
        return moment == null ? "" : SHORT_DAY.format(paris(moment));
    }

    private static String dayAndTime(Instant moment) {
        return moment == null ? "" : DAY_AND_TIME.format(paris(moment));
    }

    private static ZonedDateTime paris(Instant moment) {
        return moment.atZone(MeetingSchedule.ZONE);
    }

    private static int count(Integer votes) {
        return votes == null ? 0 : votes;
    }
}
