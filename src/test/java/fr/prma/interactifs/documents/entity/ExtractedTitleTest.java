package fr.prma.interactifs.documents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The title a file gives itself fills an empty title only, and never when it says nothing. */
class ExtractedTitleTest {

    private static final String FRENCH_TITLE = "Rapport d’activité 2025 : la mutualisation des salles";

    @ParameterizedTest
    @ValueSource(strings = {"about:blank", "ABOUT:BLANK", "Microsoft Word - Document1.docx",
        "Microsoft PowerPoint - Présentation1.pptx", "Document1", "Document 2", "document", "untitled",
        "Untitled-1", "Sans titre", "Sans titre (2)", "Document sans titre", "Présentation PowerPoint",
        "Présentation1", "Classeur1", "Feuil1", "Book1", "Diapositive 1", "untitled.pdf", "Document1.docx",
        "file:///C:/Users/camille/Documents/rapport.docx"})
    void aTitleNobodyWroteIsMeaningless(String title) {
        assertTrue(ExtractedTitle.isMeaningless(title), title);
        assertEquals(Optional.empty(), ExtractedTitle.meaningful(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t\n ", "\u00a0", "---", "2024", "12/03/2019", "…", "*** !!! ***",
        "(1)", "🎸🎶"})
    void aBlankTitleOrOneWithoutALetterIsMeaningless(String title) {
        assertTrue(ExtractedTitle.isMeaningless(title), "«" + title + "»");
    }

    @Test
    void noTitleAtAllIsMeaningless() {
        assertTrue(ExtractedTitle.isMeaningless(null));
        assertEquals(Optional.empty(), ExtractedTitle.meaningful(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH_TITLE, "Compte rendu de la réunion départementale", "Budget prévisionnel",
        "Document unique d’évaluation des risques", "Présentation du projet Les Interactifs", "Titre V", "Œuvres",
        "Un titre sans titre ?"})
    void aRealTitleSaysSomething(String title) {
        assertFalse(ExtractedTitle.isMeaningless(title), title);
    }

    @Test
    void aRealFrenchTitleFillsAnEmptyTitle() {
        assertEquals(FRENCH_TITLE, ExtractedTitle.keptOrFilled("", true, "  " + FRENCH_TITLE + " "));
        assertEquals(FRENCH_TITLE, ExtractedTitle.keptOrFilled(null, false, FRENCH_TITLE));
    }

    @Test
    void aRealFrenchTitleFillsATitleMadeFromANameThatSaysNothing() {
        assertEquals(FRENCH_TITLE, ExtractedTitle.keptOrFilled("Document1", true, FRENCH_TITLE));
        assertEquals(FRENCH_TITLE, ExtractedTitle.keptOrFilled("document", true, FRENCH_TITLE),
                "the name given to a file whose name was only dots");
    }

    @Test
    void aTitleMadeFromANameThatSaysSomethingIsKept() {
        assertEquals("Compte-rendu juin", ExtractedTitle.keptOrFilled("Compte-rendu juin", true, FRENCH_TITLE));
    }

    @Test
    void aDepositorsTitleIsNeverReplaced() {
        assertEquals("Mon titre", ExtractedTitle.keptOrFilled("Mon titre", false, FRENCH_TITLE));
        assertEquals("Document1", ExtractedTitle.keptOrFilled("Document1", false, FRENCH_TITLE),
                "even one that looks like a default name: the depositor typed it");
    }

    @Test
    void aMeaninglessFileTitleNeverFillsAnything() {
        assertEquals("Document1", ExtractedTitle.keptOrFilled("Document1", true, "about:blank"));
        assertEquals("Document1", ExtractedTitle.keptOrFilled("Document1", true, "Microsoft Word - Document1.docx"));
        assertEquals("Document1", ExtractedTitle.keptOrFilled("Document1", true, "untitled"));
        assertEquals("Document1", ExtractedTitle.keptOrFilled("Document1", true, "   "));
        assertEquals("Document1", ExtractedTitle.keptOrFilled("Document1", true, null));
        assertEquals("Compte rendu", ExtractedTitle.keptOrFilled("Compte rendu", false, "about:blank"));
    }
}
