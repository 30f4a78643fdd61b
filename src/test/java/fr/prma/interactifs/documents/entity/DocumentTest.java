package fr.prma.interactifs.documents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.extraction.ExtractionOutcome;
import fr.prma.interactifs.documents.extraction.ExtractionResult;
import fr.prma.interactifs.platform.service.BusinessException;

class DocumentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final Person camille = new Person("subject-camille");

    private static DepositedFile file(String sha, String name, String type) {
        return new DepositedFile(sha.repeat(64).substring(0, 64), 1_000, name, type);
    }

    private Document document(String title) {
        return new Document(new DocumentDescription(title, null, DocumentCategory.STRATEGIC_WATCH,
                List.of("Budget", " budget ", "Niort", "")), Set.of(), file("a", "rapport_annuel_2025.pdf",
                "application/pdf"), camille, NOW);
    }

    private static ExtractionResult read(String title, Instant created) {
        return new ExtractionResult(ExtractionOutcome.DONE, "application/pdf", "texte", false, "Camille", title,
                created, 3, "fr", null, null);
    }

    @Test
    void aBlankTitleIsMadeFromTheNameThenTakenFromTheFile() {
        Document document = document(" ");
        assertEquals("Rapport annuel 2025", document.getTitle());
        assertTrue(document.isTitleFromName());

        document.current().recordExtraction(read("Rapport d’activité 2025", null), null, NOW);
        document.takeTitleFromFile();

        assertEquals("Rapport d’activité 2025", document.getTitle());
    }

    @Test
    void aTitleSomeoneTypedIsKept() {
        Document document = document("Mon titre");
        document.current().recordExtraction(read("Titre du fichier", null), null, NOW);

        document.takeTitleFromFile();

        assertEquals("Mon titre", document.getTitle());
    }

    @Test
    void tagsAreTrimmedAndWithoutDuplicates() {
        assertEquals(List.of("Budget", "Niort"), document("x").getTags());
        assertEquals("document.error.tagTooLong", assertThrows(BusinessException.class,
                () -> Document.cleanTags(List.of("x".repeat(61)))).messageKey());
    }

    @Test
    void aNewVersionBecomesCurrentAndARestoreDepositsTheOldOneAgain() {
        Document document = document("Plan");
        document.current().recordExtraction(read(null, null), "b".repeat(64), NOW);

        document.addVersion(file("c", "plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "après relecture", camille, NOW.plusSeconds(60));
        assertEquals(2, document.getCurrentNumber());
        assertEquals("word", document.getTypeFamily());
        assertEquals(ExtractionStatus.PENDING, document.current().getExtractionStatus());

        DocumentVersion restored = document.restore(1, null, camille, NOW.plusSeconds(120));

        assertEquals(3, restored.getNumber());
        assertEquals(3, document.getCurrentNumber());
        assertEquals("pdf", document.getTypeFamily());
        assertEquals(ExtractionStatus.DONE, restored.getExtractionStatus(), "what was read of it is kept");
        assertEquals("b".repeat(64), restored.getTextSha256());
        assertEquals(List.of(3, 2, 1), document.history().stream().map(DocumentVersion::getNumber).toList());
        assertEquals("document.error.alreadyCurrent",
                assertThrows(BusinessException.class, () -> document.restore(3, null, camille, NOW)).messageKey());
        assertEquals("document.error.noSuchVersion",
                assertThrows(BusinessException.class, () -> document.restore(9, null, camille, NOW)).messageKey());
    }

    @Test
    void aDocumentIsFiledUnderTheYearItWasCreated() {
        Document document = document("Étude");
        assertEquals(2026, document.getYear());

        document.current().recordExtraction(read(null, Instant.parse("2019-03-01T12:00:00Z")), null, NOW);
        document.fileUnderCreationYear();

        assertEquals(2019, document.getYear());
    }

    @Test
    void aDocumentInTheBinCannotBeChanged() {
        Document document = document("Ancien");
        document.delete(camille, NOW);

        assertTrue(document.isDeleted());
        assertEquals("document.error.inBin", assertThrows(BusinessException.class,
                () -> document.addVersion(file("d", "x.pdf", "application/pdf"), null, camille, NOW)).messageKey());
        document.undelete();
        assertFalse(document.isDeleted());
    }

    @Test
    void titleAndCategoryAreRequired() {
        Document document = document("x");
        assertEquals("document.error.categoryRequired", assertThrows(BusinessException.class,
                () -> document.describe(new DocumentDescription("x", null, null, List.of()))).messageKey());
        assertEquals("document.error.titleTooLong", assertThrows(BusinessException.class,
                () -> document.describe(new DocumentDescription("x".repeat(301), null,
                        DocumentCategory.INFLUENCE, List.of()))).messageKey());
    }
}
