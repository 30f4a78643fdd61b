package fr.prma.interactifs.documents.search;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes the highlighter's passages as HTML safe to insert in a page: every character of the document is
 * escaped, and only the matched words are wrapped in {@code <mark>}, which the page styles. Runs of white
 * space (line breaks of extracted PDF text) become one space, and an ellipsis says when the passage starts
 * or ends inside the text.
 */
final class MarkedSnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage passage : passages) {
            if (html.length() > 0) {
                html.append(' ');
            }
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), content.length());
            if (start > 0) {
                html.append(ELLIPSIS).append(' ');
            }
            int[][] matches = matches(passage);
            int position = start;
            for (int i = 0; i < matches.length; i++) {
                int matchStart = Math.max(matches[i][0], position);
                int matchEnd = Math.min(matches[i][1], end);
                // Matches may overlap (a word and its synonym, a phrase and its words): mark their union once.
                while (i + 1 < matches.length && matches[i + 1][0] < matchEnd) {
                    i++;
                    matchEnd = Math.max(matchEnd, Math.min(matches[i][1], end));
                }
                if (matchEnd <= matchStart) {
                    continue;
                }
                escape(content, position, matchStart, html);
                html.append("<mark>");
                escape(content, matchStart, matchEnd, html);
                html.append("</mark>");
                position = matchEnd;
            }
            escape(content, position, end, html);
            if (end < content.length()) {
                trimEnd(html);
                html.append(' ').append(ELLIPSIS);
            }
        }
        trimEnd(html);
        return html.toString().strip();
    }

    private static int[][] matches(Passage passage) {
        int[][] matches = new int[passage.getNumMatches()][];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(matches, Comparator.comparingInt((int[] match) -> match[0]).thenComparingInt(match -> match[1]));
        return matches;
    }

    static void escape(String content, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                if (html.length() > 0 && html.charAt(html.length() - 1) != ' ') {
                    html.append(' ');
                }
                continue;
            }
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder html) {
        while (html.length() > 0 && html.charAt(html.length() - 1) == ' ') {
            html.setLength(html.length() - 1);
        }
    }
}
