package fr.prma.interactifs.documents.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArchivePathTest {

    private static ArchivePath kept(String raw) {
        return assertInstanceOf(ArchivePath.Kept.class, ArchivePath.read(raw), raw).path();
    }

    @Test
    void frenchFoldersAndNamesAreKeptAsTheyAre() {
        ArchivePath path = kept("Comptes rendus/2019/Réunion du 12 mars 🎸.docx");
        assertEquals(List.of("Comptes rendus", "2019"), path.folders());
        assertEquals("Réunion du 12 mars 🎸.docx", path.name());
        assertEquals("Comptes rendus/2019/Réunion du 12 mars 🎸.docx", path.text());
        assertEquals("Comptes rendus", path.folderAt(0));
        assertEquals(null, kept("seul.txt").folderAt(0));
    }

    @Test
    void windowsAndAbsolutePathsBecomeRelative() {
        assertEquals("Études/note.txt", kept("C:\\Études\\note.txt").text());
        assertEquals("home/prma/note.txt", kept("/home/prma/note.txt").text());
        assertEquals("serveur/partage/note.txt", kept("\\\\serveur\\partage\\note.txt").text());
        assertEquals("a/c.txt", kept("a/./b/../c.txt").text(), "a .. inside the archive stays inside");
    }

    @Test
    void pathsThatClimbOutAreRefused() {
        assertInstanceOf(ArchivePath.Unsafe.class, ArchivePath.read("../../etc/passwd"));
        assertInstanceOf(ArchivePath.Unsafe.class, ArchivePath.read("a/../../b.txt"));
        assertInstanceOf(ArchivePath.Unsafe.class, ArchivePath.read("..\\..\\Windows\\win.ini"));
    }

    @Test
    void controlAndForbiddenCharactersAreRemoved() {
        assertEquals("Veille/rapport.txt", kept("Veil\u0000le/rap\u0007port\u200b.txt").text());
        assertEquals("Notes_ la suite_/a_b.txt", kept("Notes: la suite?/a|b.txt").text());
        assertEquals("é.txt", kept("e\u0301.txt").text(), "names in NFC, as macOS does not write them");
    }

    @Test
    void foldersHiddenAndSystemFilesArePassedOver() {
        for (String raw : List.of("Dossier/", "__MACOSX/Dossier/._note.txt", "Dossier/.DS_Store", "Dossier/Thumbs.db",
                "desktop.ini", ".git/config", "Dossier/~$rapport.docx", "", "./")) {
            assertInstanceOf(ArchivePath.Skipped.class, ArchivePath.read(raw), raw);
        }
    }

    @Test
    void archivesAreRecognisedByTheirName() {
        for (String raw : List.of("a.zip", "a.7z", "a.RAR", "a.tar", "a.tar.gz", "a.tgz", "a.bz2", "a.xz")) {
            assertTrue(kept(raw).isArchive(), raw);
        }
        assertFalse(kept("rapport.docx").isArchive());
        assertFalse(kept("gz").isArchive());
    }

    @Test
    void longNamesAreShortenedWithoutSplittingACharacter() {
        ArchivePath path = kept("d".repeat(300) + "/" + "🎸".repeat(200) + ".txt");
        assertTrue(path.folders().get(0).length() <= ArchivePath.SEGMENT_MAX);
        assertTrue(path.name().length() <= ArchivePath.SEGMENT_MAX);
        assertFalse(Character.isHighSurrogate(path.name().charAt(path.name().length() - 1)));
        assertTrue(kept("x/".repeat(600) + "f.txt").text().length() <= ArchivePath.PATH_MAX);
    }
}
