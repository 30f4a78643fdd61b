package fr.prma.interactifs.documents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aPathIsReducedToItsLastName() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("compte-rendu.pdf", FileNames.sanitise("C:\\Users\\camille\\Documents\\compte-rendu.pdf"));
    }

    @Test
    void controlAndInvisibleCharactersAreRemoved() {
        assertEquals("rapport.pdf", FileNames.sanitise("rap\u0000port\n.pdf"));
        assertEquals("facture.pdf", FileNames.sanitise("facture\u202E.pdf"), "no right-to-left override");
    }

    @Test
    void charactersFileSystemsRefuseAreReplaced() {
        assertEquals("budget_ 2025_.xlsx", FileNames.sanitise("budget: 2025?.xlsx"));
    }

    @Test
    void hiddenAndEmptyNamesGetAPlainName() {
        assertEquals("htaccess", FileNames.sanitise(".htaccess"));
        assertEquals("document", FileNames.sanitise(".."));
        assertEquals("document", FileNames.sanitise("   "));
        assertEquals("document", FileNames.sanitise(null));
    }

    @Test
    void emojiAndAccentsAreKept() {
        assertEquals("Fête de la musique 🎸.odt", FileNames.sanitise("Fête de la musique 🎸.odt"));
    }

    @Test
    void aVeryLongNameIsShortenedKeepingItsExtension() {
        String name = "é".repeat(300) + ".docx";

        String clean = FileNames.sanitise(name);

        assertEquals(FileNames.MAX, clean.length());
        assertTrue(clean.endsWith(".docx"));
    }

    @Test
    void aLongNameOfEmojiIsNotCutInsideACharacter() {
        String clean = FileNames.sanitise("🎸".repeat(300) + ".txt");

        assertTrue(clean.endsWith(".txt"));
        assertTrue(clean.length() <= FileNames.MAX);
        assertTrue(clean.codePoints().allMatch(cp -> cp == 0x1F3B8 || ".txt".indexOf(cp) >= 0),
                "only whole emoji: " + clean);
    }

    @Test
    void aTitleIsMadeFromTheName() {
        assertEquals("Rapport annuel 2024", FileNames.titleFromName("rapport_annuel_2024.pdf"));
        assertEquals("Étude Saint-Maixent", FileNames.titleFromName("étude Saint-Maixent.docx"));
    }
}
