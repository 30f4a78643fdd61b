package fr.prma.interactifs.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names for people: readable ASCII words joined by hyphens, whatever the text they come from. */
class FileSlugTest {

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Réunion départementale              | reunion-departementale       | accents are folded
            COMITÉ de pilotage à Niort          | comite-de-pilotage-a-niort   | capitals are lowered
            Français, ça, Gâtine                | francais-ca-gatine           | cedillas and circumflexes
            Œuvres du cœur et ex æquo           | oeuvres-du-coeur-et-ex-aequo | ligatures give their two letters
            Æroport                             | aeroport                     | a capital ligature too
            L’avenir de l'emploi                | l-avenir-de-l-emploi         | apostrophes separate words
            Boc’Hall                            | boc-hall                     | a curly apostrophe inside a name
            '  été 2021 🎸 — programme !!! '    | ete-2021-programme           | emoji and punctuation separate words
            'a / \\ : * ? " < > | b'            | a-b                          | what file systems refuse goes
            note_de_position (v2)               | note-de-position-v2          | underscores and brackets too
            """)
    void aTextBecomesReadableAsciiWords(String text, String slug, String why) {
        assertEquals(slug, FileSlug.of(text, "x"), why);
    }

    @Test
    void aLongTextIsCutAtTheEndOfAWord() {
        String slug = FileSlug.of("Pour une mutualisation des emplois techniques entre les salles de musiques "
                + "actuelles des Deux-Sèvres", 60, "x");
        assertEquals("pour-une-mutualisation-des-emplois-techniques-entre-les", slug);
        assertTrue(slug.length() <= 60);
        assertEquals("mutualisation", FileSlug.of("mutualisation des emplois", 13, "x"), "a cut on a hyphen");
        assertEquals("anticonstitut", FileSlug.of("anticonstitutionnellement", 13, "x"), "one long word is cut");
    }

    @Test
    void aTextWithoutLetterOrDigitGivesTheFallback() {
        assertEquals("document", FileSlug.of("", "document"));
        assertEquals("document", FileSlug.of(null, "document"));
        assertEquals("document", FileSlug.of("   ", "document"));
        assertEquals("document", FileSlug.of("🎸🎶 — !", "document"));
    }
}
