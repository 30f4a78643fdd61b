package fr.prma.interactifs.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a person types finds names whatever the accents, the case and the apostrophes. */
class SearchTextTest {

    @Test
    void accentsAndCaseDoNotMatter() {
        assertTrue(SearchText.contains("UPCP-Métive", "metive"));
        assertTrue(SearchText.contains("Réunion départementale", "REUNION DEP"));
        assertTrue(SearchText.contains("Inès Garnier", "ines"));
        assertTrue(SearchText.contains("Communauté de Communes de Parthenay-Gâtine", "gatine"));
    }

    @Test
    void apostrophesAndSpacesAsTypedDoNotMatter() {
        assertTrue(SearchText.contains("Boc’Hall", "boc'hall"));
        assertTrue(SearchText.contains("Boc'Hall", "Boc’Hall"));
        assertTrue(SearchText.contains("Thomas Bernard", "  thomas   bernard "));
        assertTrue(SearchText.contains("Cœur de ville", "coeur"));
        assertTrue(SearchText.contains("Œuvres du Thouarsais", "oeuvres"), "a capital ligature too");
    }

    @Test
    void otherWordsDoNotMatch() {
        assertFalse(SearchText.contains("Le Camji", "trastaroots"));
        assertFalse(SearchText.contains(null, "camji"));
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertTrue(SearchText.contains("Le Camji", ""));
        assertTrue(SearchText.contains("Le Camji", null));
        assertEquals("", SearchText.normalise(null));
    }
}
