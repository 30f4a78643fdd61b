package fr.prma.interactifs.documents.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;
import fr.prma.interactifs.testing.Entities;

class ArchiveImportTest {

    private final Instant now = Instant.parse("2026-03-02T09:00:00Z");

    private ArchiveImport analysed() {
        return new ArchiveImport("Archives.zip", "d", Entities.person(1, "s"), now, 1, 3, 300, 2);
    }

    @Test
    void itStartsOnceWithItsOptionsAndFilesEachFileUnderItsFolder() {
        ArchiveImport archive = analysed();
        archive.start(DocumentCategory.INFLUENCE, Set.of(BodyCode.WORKING_GROUP),
                Map.of("Études", DocumentCategory.RESEARCH, "Courriers", DocumentCategory.INFLUENCE), now);

        assertEquals(ArchiveImportStatus.RUNNING, archive.getStatus());
        assertEquals(DocumentCategory.RESEARCH, archive.categoryOf("Études"));
        assertEquals(DocumentCategory.INFLUENCE, archive.categoryOf("Courriers"));
        assertEquals(DocumentCategory.INFLUENCE, archive.categoryOf("Autre"));
        assertEquals(DocumentCategory.INFLUENCE, archive.categoryOf(null));
        assertEquals(Map.of("Études", DocumentCategory.RESEARCH), archive.getFolderCategories(),
                "a folder mapped to the default category needs no row");
        assertEquals("document.import.error.notWaiting", assertThrows(BusinessException.class,
                () -> archive.start(DocumentCategory.INFLUENCE, Set.of(), Map.of(), now)).messageKey());
    }

    @Test
    void aCategoryIsRequired() {
        assertEquals("document.error.categoryRequired", assertThrows(BusinessException.class,
                () -> analysed().start(null, Set.of(), Map.of(), now)).messageKey());
    }

    @Test
    void eachOutcomeIsCountedAndTheImportFinishes() {
        ArchiveImport archive = analysed();
        ArchiveImportEntry nested = new ArchiveImportEntry(archive, 1, "a/b.zip", "b", 100);
        nested.refusedOnArrival("document.import.refusal.nestedArchive", new Object[] {"a/b.zip"}, "« a/b.zip »");
        archive.start(DocumentCategory.CLUSTER_LIFE, Set.of(), Map.of(), now);
        new ArchiveImportEntry(archive, 2, "a/c.txt", null, 100).imported(7, now);
        ArchiveImportEntry refused = new ArchiveImportEntry(archive, 3, "a/d", null, 100);
        refused.refused("document.error.typeMismatch", new Object[] {"d", "pdf", new Label("document.type.text")},
                "phrase", now);

        assertEquals(3, archive.filesDone());
        assertEquals(1, archive.getImportedCount());
        assertEquals(2, archive.getRefusedCount());
        assertEquals(300, archive.getBytesDone());
        assertArrayEquals(new Object[] {"d", "pdf", new Label("document.type.text")}, refused.getReasonParameters(),
                "the parameters come back as they were given, labels included");
        assertThrows(IllegalStateException.class, () -> refused.imported(8, now), "an outcome is given once");
        archive.finish(now);
        assertEquals(ArchiveImportStatus.FINISHED, archive.getStatus());
    }
}
