package fr.prma.interactifs.documents.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * Replaces each lower-case word by its Snowball French stem with accents folded, and adds at the same
 * position the other stems the word may be searched or written by.
 *
 * <ul>
 * <li>A plural "s" is taken off before stemming: Snowball leaves it after a vowel ("photos", "emplois"),
 * and reads "commissions" as a verb ("comm", against "commiss" for "commission").</li>
 * <li>Accents are folded after stemming, since Snowball needs them ("sécurité" gives "secur",
 * "mutualisée" gives "mutualis"). But people often type without accents, and "securite" or "mutualisee"
 * stem to "securit" and "mutualise": the stem of the folded word is added too, so that unaccented queries
 * meet accented text and the reverse.</li>
 * <li>A word ending in "ee" or "ees", a past participle typed without its accent, also gets the stem of
 * its accented form, since Snowball reads "ée" further than "ee" ("mutualis" against "mutualise").</li>
 * <li>A word in "eux" or "oux" also gets the stem of the word without its "x", so that "enjeux", "vœux",
 * "bijoux" meet their singular, while "heureux" keeps meeting "heureuse" (Snowball gives both "heureux").
 * </li>
 * </ul>
 *
 * <p>Queries go through the same filter: the stems at one position are alternatives (a synonym) for one
 * word, and a word matches a text when any of its stems is among the text word's stems.
 *
 * <p>Stemming is most of what indexing a text costs, and a text repeats its words: each filter (one per thread
 * and analyzer, as Lucene reuses them) remembers the stems of the last {@value #REMEMBERED_WORDS} distinct
 * words it met, and starts afresh when that many are reached.
 */
final class FrenchStemsFilter extends TokenFilter {

    /** Shorter words ending in "s" are mostly not plurals ("bus", "cas", "dos") or are stop words. */
    private static final int MIN_PLURAL_LENGTH = 4;
    /** About a megabyte a filter: the common words of a language, which make most of its texts. */
    static final int REMEMBERED_WORDS = 8_192;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final FrenchStemmer stemmer = new FrenchStemmer();

    private final CharArrayMap<String[]> remembered = new CharArrayMap<>(REMEMBERED_WORDS, false);

    /** The stems still to give at the current position, from {@link #nextStem}. */
    private String[] pendingStems;
    private int nextStem;
    private State pendingState;

    FrenchStemsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStems != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingStems[nextStem++]);
            position.setPositionIncrement(0);
            type.setType("SYNONYM");
            if (nextStem == pendingStems.length) {
                pendingStems = null;
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String[] stems = rememberedStems();
        term.setEmpty().append(stems[0]);
        if (stems.length > 1) {
            pendingState = captureState();
            pendingStems = stems;
            nextStem = 1;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingStems = null;
        pendingState = null;
    }

    /** The stems of the current term, from memory when the word was met before. */
    private String[] rememberedStems() {
        String[] stems = remembered.get(term.buffer(), 0, term.length());
        if (stems == null) {
            String word = term.toString();
            stems = stems(word).toArray(String[]::new);
            if (remembered.size() >= REMEMBERED_WORDS) {
                remembered.clear();
            }
            remembered.put(word, stems);
        }
        return stems;
    }

    /** The stems of a lower-case word, the best first. */
    Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        String singular = withoutPluralS(word);
        String foldedSingular = fold(singular);
        stems.add(fold(stem(singular)));
        if (!foldedSingular.equals(singular)) {
            stems.add(stem(foldedSingular));
        }
        if (word.endsWith("ee") || word.endsWith("ees")) {
            // Typed without its accent, as French has almost no other words in "ee": "mutualisee" then
            // meets "mutualisation" as "mutualisée" does.
            int at = word.lastIndexOf("ee");
            stems.add(fold(stem(word.substring(0, at) + "ée")));
        }
        String folded = fold(word);
        // On the folded word, so that "vœux" counts.
        if (word.length() >= MIN_PLURAL_LENGTH && (folded.endsWith("eux") || folded.endsWith("oux"))) {
            String withoutX = word.substring(0, word.length() - 1);
            stems.add(fold(stem(withoutX)));
            stems.add(stem(fold(withoutX)));
        }
        return stems;
    }

    private static String withoutPluralS(String word) {
        if (word.length() >= MIN_PLURAL_LENGTH && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static String fold(String word) {
        if (isAscii(word)) {
            return word;
        }
        char[] input = word.toCharArray();
        // A character folds to at most four (ligatures, for example), hence the margin.
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
