package fr.prma.interactifs.platform.text;

import java.util.regex.Pattern;

/**
 * The words of a file name made for people from what the file is: "Réunion départementale" gives
 * {@code reunion-departementale}. Lower-case ASCII letters and digits, words joined by single hyphens: accents
 * and ligatures are folded as a French reader reads them ({@link SearchText#normalise}), and apostrophes,
 * spaces, punctuation and emoji only separate words. Such a name reads the same in every browser, mail client,
 * file system and shell, with nothing to escape.
 */
public final class FileSlug {

    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HYPHENS_AT_ENDS = Pattern.compile("^-+|-+$");

    private FileSlug() {
    }

    /**
     * The slug of a text, or the fallback when the text has no letter or digit to make one.
     *
     * @param fallback a slug already (a word such as {@code document})
     */
    public static String of(String text, String fallback) {
        return of(text, Integer.MAX_VALUE, fallback);
    }

    /**
     * The slug of a text cut to at most {@code max} characters, at the end of a word where it can: a long title
     * gives a name one can still read and type.
     *
     * @param fallback a slug already (a word such as {@code document})
     */
    public static String of(String text, int max, String fallback) {
        String slug = trim(BETWEEN_WORDS.matcher(SearchText.normalise(text)).replaceAll("-"));
        if (slug.length() > max) {
            int wordEnd = slug.lastIndexOf('-', max);
            slug = trim(slug.substring(0, wordEnd > 0 ? wordEnd : max));
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String trim(String slug) {
        return HYPHENS_AT_ENDS.matcher(slug).replaceAll("");
    }
}
