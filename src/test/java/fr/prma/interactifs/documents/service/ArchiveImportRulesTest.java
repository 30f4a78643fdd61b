package fr.prma.interactifs.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.documents.archive.ArchiveContents;
import fr.prma.interactifs.documents.archive.ArchiveEntry;
import fr.prma.interactifs.documents.archive.ArchivePath;
import fr.prma.interactifs.documents.entity.Document;

class ArchiveImportRulesTest {

    private static ArchiveEntry entry(String path) {
        return new ArchiveEntry(1, ((ArchivePath.Kept) ArchivePath.read(path)).path(), 1, null);
    }

    @Test
    void foldersBecomeTagsWithinTheLibrarysLimits() {
        assertEquals(List.of("Comptes rendus", "2019"), ArchivePath.tags(List.of("Comptes rendus", "2019")));
        assertEquals(List.of("Notes"), ArchivePath.tags(List.of("Notes", "notes")), "once, whatever the case");
        String tag = ArchivePath.tags(List.of("🎸".repeat(40))).get(0);
        assertTrue(tag.length() <= Document.TAG_MAX && !Character.isHighSurrogate(tag.charAt(tag.length() - 1)));
        List<String> deep = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "d" + i).toList();
        assertEquals(Document.TAGS_MAX, ArchivePath.tags(deep).size());
    }

    @Test
    void anArchiveOfOneFolderIsMappedByTheFoldersInsideIt() {
        assertEquals(1, ArchiveImportWork.mappingDepth(new ArchiveContents(List.of(entry("Racine/A/x.txt"),
                entry("Racine/B/y.txt"), entry("Racine/z.txt")), 0, 3)));
        assertEquals(0, ArchiveImportWork.mappingDepth(new ArchiveContents(List.of(entry("A/x.txt"),
                entry("B/y.txt")), 0, 2)));
        assertEquals(0, ArchiveImportWork.mappingDepth(new ArchiveContents(List.of(entry("A/x.txt"),
                entry("y.txt")), 0, 2)));
    }

    @Test
    void theTimeLeftFollowsTheSlowerPace() {
        assertEquals(100L, ArchiveImports.timeLeft(100, 1000, 1, 100));
        assertEquals(200L, ArchiveImports.timeLeft(100, 1000, 1, 5), "big files left: the bytes' pace decides");
        assertNull(ArchiveImports.timeLeft(100, 1000, 0, 0), "no pace yet");
        assertEquals(0L, ArchiveImports.timeLeft(0, 0, 0, 0));
    }
}
