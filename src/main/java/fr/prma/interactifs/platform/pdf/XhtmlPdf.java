package fr.prma.interactifs.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The cluster's printed records (published minutes, adopted position papers): one XHTML document, written with
 * {@link PrintXhtml} and styled by {@link #styleSheet}, laid out by openhtmltopdf on A4 pages.
 * <ul>
 * <li>DejaVu Sans is embedded (subsets) so that French typography prints as typed (accents, œ, ’, « », €,
 * non-breaking spaces); a character the font lacks prints as U+FFFD rather than '#', and lines never break
 * inside an elision nor next to a guillemet ({@link FrenchLineBreaker}).</li>
 * <li>The PDF is tagged (PDF/UA mode of openhtmltopdf): the title, author, subject and language the document's
 * head gives are in its information and XMP metadata.</li>
 * <li>The renderer may fetch nothing (no image, style sheet or font from a URL), and the PDF holds no script:
 * links in rich text become plain URI links.</li>
 * </ul>
 * Plain Java and thread-safe; the fonts are read once. Loading this class sends openhtmltopdf's log to
 * java.util.logging, its progress messages at FINE ({@link QuietLog}).
 */
public final class XhtmlPdf {

    /** The records are the cluster's, in French whatever the reader's language. */
    public static final String LANGUAGE = "fr";
    /** The colour of titles, rules and frames. */
    public static final String ACCENT = "#7a1f5c";

    /**
     * Print style sheet; ASCII only (the labels it quotes are ASCII) so that it never needs escaping. A running
     * element {@code #footer} prints at the bottom left of every page, "page X / Y" at the bottom right.
     */
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
            """;

    static {
        QuietLog.install();
    }

    private XhtmlPdf() {
    }

    /**
     * The house style sheet, with the page number's wording.
     *
     * @param page   what precedes the page's number, e.g. "page "; ASCII
     * @param pageOf what comes between it and the number of pages, e.g. " / "; ASCII
     */
    public static String styleSheet(String page, String pageOf) {
        return STYLE.formatted(page, pageOf, Fonts.FAMILY, ACCENT);
    }

    /**
     * The PDF of a well-formed XHTML document (see {@link PrintXhtml}).
     *
     * @param what what the document is, for the error's message
     * @throws UncheckedIOException when the PDF cannot be written (never expected: everything is in memory)
     */
    public static byte[] render(String xhtml, String what) {
        Objects.requireNonNull(xhtml, "xhtml");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(Fonts.printable(xhtml), null)
                .usePdfUaAccessibility(true)
                .useReplacementText(Fonts.MISSING)
                .useUnicodeLineBreaker(new FrenchLineBreaker())
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(pdf);
        builder.useFont(() -> Fonts.stream(Fonts.REGULAR), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> Fonts.stream(Fonts.BOLD), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> Fonts.stream(Fonts.ITALIC), Fonts.FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> Fonts.stream(Fonts.BOLD_ITALIC), Fonts.FAMILY, 700, FontStyle.ITALIC, true);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of " + what, e);
        }
        return pdf.toByteArray();
    }
}
