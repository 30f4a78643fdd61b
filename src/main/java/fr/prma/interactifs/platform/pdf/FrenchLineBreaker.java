package fr.prma.interactifs.platform.pdf;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * French line breaking on top of openhtmltopdf's default (Java's rules, URLs kept breakable at their
 * slashes): no break inside an elision ("l’ / équipe", which Java allows after an apostrophe), after an
 * opening guillemet, nor before a closing guillemet or a two-part punctuation mark typed after an ordinary
 * space ("Pour / : 5").
 * <p>
 * Not final only so that a document's renderer may keep it under a name of its own.
 */
public class FrenchLineBreaker implements FSTextBreaker {

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
