package fr.prma.interactifs.documents.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the words of the library's documents, and the words people type to find them, are turned into index
 * terms, so that a search matches the way French is written rather than its exact spelling: "reunion" finds
 * "Réunions", "mutualisé" finds "mutualisation", "l'économie" finds "économies".
 *
 * <p>The chain is: standard tokenizer (Unicode word boundaries), lower case, elision (l', d', qu', jusqu'…,
 * with either apostrophe), a short list of French stop words, then {@link FrenchStemsFilter}, which takes
 * off plural endings, stems with the Snowball French stemmer and folds accents afterwards. Snowball is chosen
 * over Lucene's light and minimal French stemmers because only it brings verb and noun derivations together
 * (mutualisé, mutualisation, mutualiser all give "mutualis"; the light stemmer gives "mutuel" for the noun).
 * Stemming must see the accents (Snowball reads "ée", "ité" differently from "ee", "ite"), hence folding
 * after it; the filter also indexes the stem of the folded word, so that words typed without accents still
 * meet their accented forms.
 *
 * <p>The stop words are only articles, prepositions, conjunctions and pronouns, whose removal lets several
 * words be required together without the small words failing a title-only match. Verbs and nouns that
 * broader lists include ("été", "sera", "pas", "est") stay searchable. Phrases keep the gap a removed word
 * leaves, so "plan de relance" still matches as a phrase.
 */
final class FrenchTextAnalyzer extends Analyzer {

    /** Articles elided before a vowel, as Lucene's French analyzer knows them. */
    private static final CharArraySet ELIDED = new CharArraySet(
            List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    /** Typed with or without accents ("a" for "à", "ou" for "où"), as people type in search boxes. */
    private static final CharArraySet STOP_WORDS = new CharArraySet(List.of(
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "a",
            "et", "ou", "où", "ni", "mais", "car", "donc", "si",
            "en", "dans", "par", "pour", "sur", "avec", "sans", "sous", "chez", "vers",
            "ce", "cet", "cette", "ces", "c", "se", "s", "sa", "son", "ses", "leur", "leurs",
            "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos",
            "qui", "que", "qu", "quoi", "dont", "y",
            "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "j", "tu", "me", "m", "te", "t",
            "lui", "eux", "ne", "n"), true);

    /** Between the values of a multi-valued field (tags), so that a phrase never spans two of them. */
    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new ElisionFilter(stream, ELIDED);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new FrenchStemsFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
