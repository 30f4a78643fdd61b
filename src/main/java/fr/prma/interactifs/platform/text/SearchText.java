package fr.prma.interactifs.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares what a person types with names the way a French reader does: without case, accents or
 * typographic variants ("metive" finds "UPCP-Métive", "boc'hall" finds "Boc’Hall"), with spaces as typed
 * around them not counting.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The comparable form of a text: no accents, lower case, straight apostrophes, single spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String straight = withoutAccents.replace('\u2019', '\'').replace('\u2018', '\'').replace("\u0152", "OE")
                .replace("\u0153", "oe").replace("\u00c6", "AE").replace("\u00e6", "ae");
        return SPACES.matcher(straight.toLowerCase(Locale.FRENCH)).replaceAll(" ").trim();
    }

    /** Whether {@code text} contains what was typed ({@code query}); an empty query matches everything. */
    public static boolean contains(String text, String query) {
        return normalise(text).contains(normalise(query));
    }
}
