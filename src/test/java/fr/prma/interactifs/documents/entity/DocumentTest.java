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
        return document(title, "rapport_annuel_2025.pdf");
    }

    private Document document(String title, String fileName) {
        return new Document(new DocumentDescription(title, null, DocumentCategory.STRATEGIC_WATCH,
                List.of("Budget", " budget ", "Niort", "")), Set.of(), file("a", fileName, "application/pdf"),
                camille, NOW);
    }

    private static ExtractionResult read(String title, Instant created) {
        return new ExtractionResult(ExtractionOutcome.DONE, "application/pdf", "texte", false, "Camille", title,
                created, 3, "fr", null, null);
    }

    /** The document once its current version's file was read and gave this title. */
    private static Document afterReading(Document document, String fileTitle) {
        document.current().recordExtraction(read(fileTitle, null), null, NOW);
        document.takeTitleFromFile();
        return document;
    }

    @Test
    void aBlankTitleIsMadeFromTheNameAndKeptWhenTheFileGivesItsOwn() {
        Document document = document(" ");
        assertEquals("Rapport annuel 2025", document.getTitle());
        assertTrue(document.isTitleFromName());

        assertEquals("Rapport annuel 2025", afterReading(document, "Rapport d’activité 2025").getTitle());
    }

    @Test
    void theFilesOwnTitleFillsATitleMadeFromANameThatSaysNothing() {
        Document document = document(null, "Document1.docx");
        assertEquals("Document1", document.getTitle());

        assertEquals("Rapport d’activité 2025", afterReading(document, "Rapport d’activité 2025").getTitle());
        assertFalse(document.isTitleFromName());
    }

    @Test
    void aFilesTitleThatSaysNothingIsNeverTaken() {
        assertEquals("Rapport annuel 2025", afterReading(document(" "), "about:blank").getTitle());

        Document unnamed = afterReading(document(null, "Document1.pdf"), "about:blank");
        assertEquals("Document1", unnamed.getTitle());
        assertTrue(unnamed.isTitleFromName(), "a later version's file may still fill it");
    }

    @Test
    void aLongTitleFromTheFileIsCutWithoutSplittingACharacter() {
        String title = "R" + "é".repeat(Document.TITLE_MAX - 2) + "🎸 et la suite";
        Document document = afterReading(document(null, "Sans titre.pdf"), title);

        assertEquals(Document.TITLE_MAX - 1, document.getTitle().length());
        assertTrue(document.getTitle().endsWith("é"), "no half of the emoji");
    }

    @Test
    void aTitleSomeoneTypedIsKept() {
        assertEquals("Mon titre", afterReading(document("Mon titre"), "Titre du fichier").getTitle());
        assertEquals("Document1", afterReading(document("Document1"), "Titre du fichier").getTitle(),
                "even one that looks like a default name");
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
