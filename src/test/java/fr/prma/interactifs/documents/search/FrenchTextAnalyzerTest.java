package fr.prma.interactifs.documents.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Which words of French text end up as the same index terms, hence find one another. */
class FrenchTextAnalyzerTest {

    private static final Analyzer ANALYZER = new FrenchTextAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }

    private static List<String> terms(String text) {
        return terms(ANALYZER, text);
    }

    /** Whether a search for one word finds the other: they share an index term. */
    private static boolean meet(String typed, String written) {
        Set<String> common = new HashSet<>(terms(typed));
        common.retainAll(terms(written));
        return !common.isEmpty();
    }

    private static void assertMeet(String typed, String... written) {
        for (String word : written) {
            assertTrue(meet(typed, word), typed + " should find " + word + ": " + terms(typed) + " / " + terms(word));
        }
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertMeet("reunion", "réunion", "Réunions", "RÉUNION", "réunions");
        assertMeet("réunion", "reunion", "Réunions");
        assertMeet("economie", "Économie");
        assertMeet("Noël", "noel");
    }

    @Test
    void derivationsOfAVerbMeetItsNounThanksToSnowball() {
        assertMeet("mutualisé", "mutualisation", "mutualiser", "mutualisations", "mutualisée", "Mutualisés");
        assertMeet("mutualisation", "mutualisé");
        assertMeet("développement", "développer", "développé");
    }

    @Test
    void theLightStemmerWouldNotBringMutualiséAndMutualisationTogether() {
        // Why Snowball: Lucene's light French stemmer, the other candidate, keeps them apart.
        Analyzer light = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new FrenchLightStemFilter(new LowerCaseFilter(tokenizer)));
            }
        };
        try (light) {
            assertNotEquals(terms(light, "mutualisé"), terms(light, "mutualisation"));
        }
        assertEquals(terms("mutualisé"), terms("mutualisation"));
    }

    @Test
    void pluralsMeetSingulars() {
        assertMeet("cheval", "chevaux");
        assertMeet("journaux", "journal");
        assertMeet("budget", "budgets");
        assertMeet("commissions", "commission");
        assertMeet("photo", "photos");
        assertMeet("emploi", "emplois");
        assertMeet("enjeu", "enjeux");
        assertMeet("vœu", "vœux", "voeux");
        assertMeet("bijou", "bijoux");
        assertMeet("heureux", "heureuse", "heureuses");
        assertMeet("bureau", "bureaux");
        assertMeet("bénévole", "bénévoles");
        assertMeet("générale", "général", "généraux");
    }

    @Test
    void elidedArticlesGoWithEitherApostrophe() {
        List<String> economy = terms("économies");
        for (String article : List.of("l", "L", "d", "D", "qu", "j", "n", "s", "c", "jusqu", "lorsqu", "puisqu")) {
            assertEquals(economy, terms(article + "'économie"), article + "'");
            assertEquals(economy, terms(article + "’économie"), article + "’");
        }
        assertMeet("l'économie", "économies", "Économie");
        assertEquals(terms("aujourd'hui"), terms("aujourd’hui"));
        assertFalse(terms("aujourd'hui").isEmpty());
    }

    @Test
    void wordsTypedWithoutAccentsMeetTheirAccentedForms() {
        assertMeet("securite", "sécurité");
        assertMeet("sécurité", "securite");
        assertMeet("activites", "activité");
        assertMeet("assemblee", "Assemblée générale");
        assertMeet("deleguee", "déléguée");
        assertMeet("mutualisee", "mutualisée");
        assertMeet("tresoriere", "trésorière");
    }

    @Test
    void smallWordsAreDroppedButMeaningfulOnesStay() {
        assertEquals(List.of(), terms("le la les de du des et ou où à a au aux un une"));
        assertFalse(terms("été").isEmpty(), "été is also the summer");
        assertFalse(terms("pas").isEmpty());
        assertFalse(terms("est").isEmpty(), "Est is also the east");
        assertFalse(terms("sera").isEmpty());
    }

    @Test
    void aDroppedWordLeavesItsPlaceSoPhrasesKeepTheirShape() throws IOException {
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(IndexFields.TEXT, "plan de relance")) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        }
        assertEquals(List.of(1, 2), increments);
    }

    @Test
    void distinctWordsStayDistinct() {
        assertFalse(meet("budget", "bureau"));
        assertFalse(meet("réunion", "union"));
        assertFalse(meet("conseil", "consultation"));
        assertFalse(meet("commissions", "comme"), "Snowball alone gives comm for both");
    }

    @Test
    void aWordGivesTheSameTermsWhetherItWasMetBeforeOrLongAgo() {
        String text = "Les réunions mutualisées des enjeux : mutualisee, réunion, enjeu.";
        List<String> fresh = terms(new FrenchTextAnalyzer(), text);
        try (Analyzer analyzer = new FrenchTextAnalyzer()) {
            assertEquals(fresh, terms(analyzer, text));
            assertEquals(fresh, terms(analyzer, text), "the same words met again");
            // More distinct words than a filter remembers: it starts afresh and still stems them right
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < FrenchStemsFilter.REMEMBERED_WORDS + 100; i++) {
                many.append("mot").append(Integer.toString(i, 26).replace('0', 'z')).append(' ');
            }
            terms(analyzer, many.toString());
            assertEquals(fresh, terms(analyzer, text), "after the memory started afresh");
        }
    }
}
