package fr.prma.interactifs.governance.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import fr.prma.interactifs.platform.text.RichText;

/**
 * The PDF rendition of published minutes: the cluster's official record, in French whatever the reader's
 * language, hence the wording below rather than the message bundles.
 * <p>
 * The minutes become one XHTML document (every plain-text value escaped, the discussions sanitised again and
 * made well-formed by {@link RichText#toXhtml}) with a print style sheet, which openhtmltopdf lays out on A4
 * pages: masthead, attendance and quorum, one part per agenda item with its decisions, actions, and on every
 * page a footer with the publication line and "page X / Y".
 * <ul>
 * <li>DejaVu Sans is embedded (subsets) so that French typography prints as typed (accents, œ, ’, « », €,
 * non-breaking spaces); a character the font lacks prints as U+FFFD rather than '#', and lines never break
 * inside an elision nor next to a guillemet ({@link FrenchLineBreaker}).</li>
 * <li>The PDF is tagged (PDF/UA mode of openhtmltopdf): title ("Compte rendu - " and the meeting's title),
 * author, subject (the body) and language (fr) are in its information and XMP metadata.</li>
 * <li>The renderer may fetch nothing (no image, style sheet or font from a URL), and the PDF holds no script:
 * links in the discussions become plain URI links.</li>
 * </ul>
 * Plain Java and thread-safe; the fonts are read once. Loading this class sends openhtmltopdf's log to
 * java.util.logging, its progress messages at FINE ({@link QuietLog}).
 */
public final class MinutesPdf {

    // --- Wording of the record, from the bundle, in French: the minutes are the cluster's official record ---

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);

    /** The PDF's title is this followed by the meeting's title. */
    static final String TITLE_PREFIX = TEXT.getString("pdf.minutes.titlePrefix");
    static final String AUTHOR = TEXT.getString("pdf.minutes.author");
    static final String LANGUAGE = "fr";
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
    private static final String PAGE = TEXT.getString("pdf.minutes.page");
    private static final String PAGE_OF = TEXT.getString("pdf.minutes.pageOf");

    // --- Look ------------------------------------------------------------------------------------------

    private static final String COLOUR = "#7a1f5c";
    private static final String FONT = "DejaVu Sans";

    /** Print style sheet; ASCII only (the labels it quotes are ASCII) so that it never needs escaping. */
    private static final String STYLE = """
            @page {
              size: A4;
              margin: 20mm 18mm 22mm 18mm;
              @bottom-left { content: element(footer); vertical-align: top; padding-top: 3mm; }
              @bottom-right {
                content: "%1$s" counter(page) "%2$s" counter(pages);
                font-family: '%3$s'; font-size: 8pt; color: #555555; vertical-align: top; padding-top: 3mm;
              }
            }
            body { font-family: '%3$s'; font-size: 10pt; line-height: 1.4; color: #222222; }
            #footer { position: running(footer); font-size: 8pt; color: #555555; }
            .masthead { border-bottom: 1.5pt solid %4$s; padding-bottom: 3mm; margin-bottom: 5mm; }
            .kind { color: %4$s; font-weight: bold; font-size: 9pt; margin: 0; }
            .body { font-size: 11pt; margin: 1mm 0 0 0; }
            h1 { color: %4$s; font-size: 18pt; line-height: 1.2; margin: 1mm 0 2mm 0; }
            .when, .place { margin: 0; }
            .correction { margin: 3mm 0 0 0; padding-left: 3mm; border-left: 2pt solid %4$s; font-style: italic; }
            h2 { color: %4$s; font-size: 13pt; margin: 7mm 0 2mm 0; padding-bottom: 1mm;
                 border-bottom: 0.5pt solid %4$s; page-break-after: avoid; }
            h3 { color: %4$s; font-size: 11pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            h4 { color: %4$s; font-size: 10pt; margin: 3mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            a { color: %4$s; }
            blockquote { margin: 2mm 0 2mm 3mm; padding-left: 3mm; border-left: 1.5pt solid #cccccc; color: #444444; }
            ul, ol { margin: 1mm 0 2mm 0; padding-left: 6mm; }
            table { width: 100%%; border-collapse: collapse; margin: 2mm 0 3mm 0; font-size: 9pt;
                    -fs-table-paginate: paginate; }
            th { text-align: left; color: %4$s; background-color: #f4eaf1; }
            th, td { padding: 1.2mm 2mm; border-bottom: 0.5pt solid #cccccc; vertical-align: top; }
            tr { page-break-inside: avoid; }
            .decision { margin: 2mm 0 3mm 0; padding: 2mm 3mm; border: 0.5pt solid %4$s;
                        background-color: #fbf6f9; page-break-inside: avoid; }
            .decision .label { color: %4$s; font-weight: bold; font-size: 9pt; margin: 0 0 1mm 0; }
            .votes { font-size: 9pt; margin: 1mm 0 0 0; }
            .typed { white-space: pre-line; }
            .none { color: #555555; font-style: italic; }
            body, td, p, li { word-wrap: break-word; }
            """.formatted(PAGE, PAGE_OF, FONT, COLOUR);

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final String LOG_ROOT = "com.openhtmltopdf";

    static {
        QuietLog.install();
    }

    private MinutesPdf() {
    }

    /**
     * The PDF of these minutes.
     *
     * @throws UncheckedIOException when the PDF cannot be written (never expected: everything is in memory)
     */
    public static byte[] render(MinutesDocument minutes) {
        Objects.requireNonNull(minutes, "minutes");
        String title = TITLE_PREFIX + orEmpty(minutes.meetingTitle()).strip();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(Fonts.printable(xhtml(minutes, title)), null)
                .usePdfUaAccessibility(true)
                .useReplacementText(Fonts.MISSING)
                .useUnicodeLineBreaker(new FrenchLineBreaker())
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(pdf);
        builder.useFont(() -> Fonts.stream(Fonts.REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> Fonts.stream(Fonts.BOLD), FONT, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> Fonts.stream(Fonts.ITALIC), FONT, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> Fonts.stream(Fonts.BOLD_ITALIC), FONT, 700, FontStyle.ITALIC, true);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of the minutes of " + title, e);
        }
        return pdf.toByteArray();
    }

    // --- The XHTML document ------------------------------------------------------------------------------

    private static String xhtml(MinutesDocument minutes, String title) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(LANGUAGE)
                .append("\" xml:lang=\"").append(LANGUAGE).append("\"><head><title>").append(escape(title))
                .append("</title><meta name=\"author\" content=\"").append(escape(AUTHOR))
                .append("\"/><meta name=\"subject\" content=\"").append(escape(minutes.bodyName()))
                .append("\"/><style>").append(STYLE).append("</style></head><body>");
        // a running element must come before the content to be on the first page
        html.append("<div id=\"footer\">").append(escape(minutes.published())).append("</div>");
        masthead(html, minutes);
        attendance(html, minutes);
        int number = 0;
        for (MinutesDocument.Section section : minutes.sections()) {
            section(html, ++number, section);
        }
        actions(html, minutes.actions());
        return html.append("</body></html>").toString();
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

    private static void table(StringBuilder html, String[] headings, int[] widths, List<String[]> rows) {
        html.append("<table><thead><tr>");
        for (int column = 0; column < headings.length; column++) {
            html.append("<th scope=\"col\" style=\"width: ").append(widths[column]).append("%\">")
                    .append(escape(headings[column])).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (String[] row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td class=\"typed\">").append(escape(orEmpty(cell).strip())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void paragraph(StringBuilder html, String styleClass, String text) {
        html.append("<p class=\"").append(styleClass).append("\">").append(escape(text)).append("</p>");
    }

    /** Text as XML character data or attribute value: markup characters escaped, characters XML forbids gone. */
    private static String escape(String text) {
        String xml = NOT_XML.matcher(orEmpty(text)).replaceAll("");
        StringBuilder escaped = new StringBuilder(xml.length() + 16);
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static int count(Integer votes) {
        return votes == null ? 0 : votes;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * French line breaking on top of openhtmltopdf's default (Java's rules, URLs kept breakable at their
     * slashes): no break inside an elision ("l’ / équipe", which Java allows after an apostrophe), after an
     * opening guillemet, nor before a closing guillemet or a two-part punctuation mark typed after an ordinary
     * space ("Pour / : 5").
     */
    static final class FrenchLineBreaker implements FSTextBreaker {

        private static final String NOT_AT_LINE_START = "\u00bb:;!?";

        private final FSTextBreaker delegate =
                new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.FRENCH));
        private String text = "";

        @Override
        public void setText(String text) {
            this.text = text;
            delegate.setText(text);
        }

        @Override
        public int next() {
            int at = delegate.next();
            while (at > 0 && at < text.length() && keepsTogether(at)) {
                at = delegate.next();
            }
            return at;
        }

        private boolean keepsTogether(int at) {
            char next = text.charAt(at);
            char previous = text.charAt(at - 1);
            if (Character.isLetter(next) && (previous == '\u2019' || previous == '\'')) {
                return true;
            }
            if (NOT_AT_LINE_START.indexOf(next) >= 0) {
                return true;
            }
            int before = at - 1;
            while (before > 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            return text.charAt(before) == '\u00ab';
        }
    }

    /**
     * openhtmltopdf's log, sent to java.util.logging (hence Payara's server log) under its own logger names,
     * with its progress messages (INFO: "Loading font...", for every PDF) lowered to FINE. Its default logger
     * writes to the console with a handler of its own.
     */
    private static final class QuietLog implements XRLogger {

        static void install() {
            if (!(XRLog.getLoggerImpl() instanceof QuietLog)) {
                XRLog.setLoggerImpl(new QuietLog());
            }
        }

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger.getLogger(where).log(lowered(level), message, error);
        }

        @Override
        public void setLevel(String where, Level level) {
            // levels are the logging configuration's business
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(LOG_ROOT).isLoggable(lowered(diagnostic.getLevel()));
        }

        private static Level lowered(Level level) {
            return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
        }
    }

    /** DejaVu Sans, from the jasperreports-fonts jar (Bitstream Vera licence: free to embed). */
    private static final class Fonts {

        private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
        static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");
        static final byte[] BOLD_ITALIC = read("DejaVuSans-BoldOblique.ttf");
        private static final CmapLookup CHARACTERS = characters(REGULAR);
        /** What prints in place of a character the font lacks. */
        static final String MISSING = covers('\uFFFD') ? "\uFFFD" : "?";

        private Fonts() {
        }

        static InputStream stream(byte[] font) {
            return new ByteArrayInputStream(font);
        }

        /**
         * The document with its characters composed (an 'e' and a combining accent become 'é', which the font
         * has) and those the font still lacks replaced: invisible format characters (joiners, variation
         * selectors) dropped, the others shown as {@link #MISSING}. Markup is ASCII, hence untouched.
         */
        static String printable(String xhtml) {
            String composed = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
            StringBuilder printable = new StringBuilder(composed.length());
            composed.codePoints().forEach(character -> {
                if (character < 0x80 || covers(character)) {
                    printable.appendCodePoint(character);
                } else if (Character.getType(character) != Character.FORMAT
                        && Character.getType(character) != Character.NON_SPACING_MARK) {
                    printable.append(MISSING);
                }
            });
            return printable.toString();
        }

        private static boolean covers(int character) {
            return CHARACTERS.getGlyphId(character) != 0;
        }

        private static byte[] read(String file) {
            try (InputStream font = MinutesPdf.class.getResourceAsStream(FOLDER + file)) {
                if (font == null) {
                    throw new IllegalStateException("Font missing from the class path: " + FOLDER + file);
                }
                return font.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(FOLDER + file, e);
            }
        }

        private static CmapLookup characters(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("DejaVu Sans", e);
            }
        }
    }
}
