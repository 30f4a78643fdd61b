package fr.prma.interactifs.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** File names for people: readable ASCII words joined by hyphens, whatever the text they come from. */
class FileSlugTest {

    @Test
    void accentsAndCaseAreFolded() {
        assertEquals("reunion-departementale", FileSlug.of("Réunion départementale", "x"));
        assertEquals("comite-de-pilotage-a-niort", FileSlug.of("COMITÉ de pilotage à Niort", "x"));
        assertEquals("francais-ca-gatine", FileSlug.of("Français, ça, Gâtine", "x"));
    }

    @Test
    void ligaturesBecomeTheirTwoLetters() {
        assertEquals("oeuvres-du-coeur-et-ex-aequo", FileSlug.of("Œuvres du cœur et ex æquo", "x"));
        assertEquals("aeroport", FileSlug.of("Æroport", "x"));
    }

    @Test
    void apostrophesSeparateWords() {
        assertEquals("l-avenir-de-l-emploi", FileSlug.of("L’avenir de l'emploi", "x"));
        assertEquals("boc-hall", FileSlug.of("Boc’Hall", "x"));
    }

    @Test
    void punctuationAndEmojiOnlySeparateWords() {
        assertEquals("ete-2021-programme", FileSlug.of("  été 2021 🎸 — programme !!! ", "x"));
        assertEquals("a-b", FileSlug.of("a / \\ : * ? \" < > | b", "x"));
        assertEquals("note-de-position-v2", FileSlug.of("note_de_position (v2)", "x"));
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
