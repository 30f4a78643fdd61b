package fr.prma.interactifs.platform.pdf;

import java.util.List;
import java.util.regex.Pattern;

import fr.prma.interactifs.platform.text.RichText;

/**
 * Writing the XHTML of a printed record ({@link XhtmlPdf}): every plain-text value goes through
 * {@link #escape}, rich text through {@link RichText#toXhtml} (sanitised again, made well-formed), so that what
 * people typed prints as typed and never as markup.
 */
public final class PrintXhtml {

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private PrintXhtml() {
    }

    /**
     * The document's start: its head (title, author, subject, language, style sheet) and the running footer
     * printed on every page, which must come before the content to be on the first page.
     */
    public static StringBuilder begin(String title, String author, String subject, String style, String footer) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(XhtmlPdf.LANGUAGE)
                .append("\" xml:lang=\"").append(XhtmlPdf.LANGUAGE).append("\"><head><title>").append(escape(title))
                .append("</title><meta name=\"author\" content=\"").append(escape(author))
                .append("\"/><meta name=\"subject\" content=\"").append(escape(subject))
                .append("\"/><style>").append(style).append("</style></head><body>");
        html.append("<div id=\"footer\">").append(escape(footer)).append("</div>");
        return html;
    }

    /** The document, ended. */
    public static String end(StringBuilder html) {
        return html.append("</body></html>").toString();
    }

    /** A paragraph of plain text. */
    public static void paragraph(StringBuilder html, String styleClass, String text) {
        html.append("<p class=\"").append(styleClass).append("\">").append(escape(text)).append("</p>");
    }

    /** A heading ({@code h1} to {@code h4}) of plain text. */
    public static void heading(StringBuilder html, int level, String text) {
        html.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append('>');
    }

    /**
     * A table of plain text, its headings in the first row, each column its share of the width.
     *
     * @param widths in percent, one per heading
     */
    public static void table(StringBuilder html, String[] headings, int[] widths, List<String[]> rows) {
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

    /** Text as XML character data or attribute value: markup characters escaped, characters XML forbids gone. */
    public static String escape(String text) {
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

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
