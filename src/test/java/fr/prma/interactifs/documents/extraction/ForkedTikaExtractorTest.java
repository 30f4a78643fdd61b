package fr.prma.interactifs.documents.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real workers, real Tika: what a person who uploads these files would see. One extractor with the default
 * settings serves most tests (a worker takes seconds to start); the timeout, memory and close tests start their
 * own. The worker class path comes from the build ({@code interactifs.test.tikaClasspath}).
 */
class ForkedTikaExtractorTest {

    @TempDir
    static Path root;

    static Path files;
    static ForkedTikaExtractor extractor;

    @BeforeAll
    static void startExtractor() throws IOException {
        files = Files.createDirectories(root.resolve("files"));
        extractor = new ForkedTikaExtractor(settings("shared"));
    }

    @AfterAll
    static void closeExtractor() {
        if (extractor != null) {
            extractor.close();
        }
    }

    // --- Documents people upload ---

    @Test
    void plainFrenchText() throws Exception {
        Path file = ExtractionFixtures.text(files.resolve("note.txt"), ExtractionFixtures.FRENCH + "\n");

        ExtractionResult result = extractor.extract(file);

        assertDone(result, "text/plain");
        assertTrue(result.text().contains("procès-verbal de la séance précédente"), () -> describe(result));
        assertFalse(result.truncated());
        assertEquals("fr", result.language());
        assertNull(result.failure());
        assertNull(result.detail());
    }

    @Test
    void fileNameWithAccents() throws Exception {
        Path file = ExtractionFixtures.text(files.resolve("Procès-verbal été 2024.txt"), ExtractionFixtures.FRENCH);

        ExtractionResult result = extractor.extract(file);

        assertDone(result, "text/plain");
        assertTrue(result.text().contains("quorum était atteint"), () -> describe(result));
    }

    @Test
    void htmlPage() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.html(files.resolve("journal.html")));

        assertDone(result, "text/html");
        assertTrue(result.text().contains("La fête de l’école aura lieu samedi"), () -> describe(result));
        assertFalse(result.text().contains("codeNonIndexable"), "scripts are not text: " + result.text());
        assertEquals("Journal de l’école", result.title());
        assertEquals("fr", result.language());
    }

    @Test
    void pdfWithPagesAndProperties() throws Exception {
        Path file = ExtractionFixtures.pdf(files.resolve("rapport.pdf"), List.of(
                List.of("Rapport d’activité de l’association", "Les élèves ont organisé une fête réussie."),
                List.of("Budget", "Les dépenses de l’année s’élèvent à trois mille euros.")),
                "Jeanne Martin", "Rapport d’activité", null);

        ExtractionResult result = extractor.extract(file);

        assertDone(result, "application/pdf");
        assertTrue(result.text().contains("Les élèves ont organisé une fête réussie."), () -> describe(result));
        assertTrue(result.text().contains("trois mille euros"), () -> describe(result));
        assertEquals("Jeanne Martin", result.author());
        assertEquals("Rapport d’activité", result.title());
        assertEquals(Instant.parse("2024-03-12T09:30:00Z"), result.created());
        assertEquals(2, result.pages());
        assertEquals("fr", result.language());
    }

    @Test
    void wordDocument() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.resource(files, "compte-rendu.docx"));

        assertDone(result, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertTrue(result.text().contains("Le conseil s’est réuni le 12 mars"), () -> describe(result));
        assertEquals("Jeanne Martin", result.author());
        assertEquals("Compte rendu du conseil d’administration", result.title());
        assertEquals(Instant.parse("2024-03-12T09:30:00Z"), result.created());
        assertEquals("fr", result.language());
    }

    @Test
    void spreadsheet() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.resource(files, "budget.xlsx"));

        assertDone(result, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertTrue(result.text().contains("Rénovation des locaux"), () -> describe(result));
        assertTrue(result.text().contains("48000"), () -> describe(result));
        assertEquals("Budget prévisionnel", result.title());
    }

    @Test
    void slides() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.resource(files, "presentation.pptx"));

        assertDone(result, "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertTrue(result.text().contains("Réunions des délégués en octobre"), () -> describe(result));
        assertEquals("Projet d’établissement", result.title());
    }

    @Test
    void openDocumentText() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.odt(files.resolve("reglement.odt")));

        assertDone(result, "application/vnd.oasis.opendocument.text");
        assertTrue(result.text().contains("Le téléphone portable reste éteint"), () -> describe(result));
        assertEquals("Paul Bernard", result.author());
        assertEquals("Règlement intérieur", result.title());
        assertEquals(3, result.pages());
        assertEquals("fr", result.language());
    }

    @Test
    void richText() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.rtf(files.resolve("note-de-service.rtf")));

        assertDone(result, "application/rtf");
        assertTrue(result.text().contains("La réunion du personnel aura lieu mardi à quatorze heures"),
                () -> describe(result));
        assertEquals("Claire Petit", result.author());
        assertEquals("Note de service", result.title());
    }

    @Test
    void pictureHasNoText() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.png(files.resolve("logo.png")));

        assertEquals(ExtractionOutcome.EMPTY, result.outcome(), () -> describe(result));
        assertEquals("image/png", result.mediaType());
        assertEquals("", result.text());
        assertNull(result.failure());
    }

    @Test
    void emptyFile() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.bytes(files.resolve("vide.docx"), new byte[0]));

        assertEquals(ExtractionOutcome.EMPTY, result.outcome(), () -> describe(result));
        assertEquals("", result.text());
    }

    @Test
    void textLongerThanTheLimitIsCut() throws Exception {
        int limit = extractor.settings().maxCharacters();
        Path file = ExtractionFixtures.longText(files.resolve("tres-long.txt"), limit + 500_000);

        ExtractionResult result = extractor.extract(file);

        assertDone(result, "text/plain");
        assertTrue(result.truncated());
        assertTrue(result.text().length() <= limit, () -> "length " + result.text().length());
        assertTrue(result.text().length() > limit - 1_000, () -> "length " + result.text().length());
        assertTrue(result.text().startsWith("Le conseil d’administration"));
    }

    @Test
    void severalCallersAtOnce() throws Exception {
        List<Path> notes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            notes.add(ExtractionFixtures.text(files.resolve("note-" + i + ".txt"),
                    "Note numéro " + i + " : " + ExtractionFixtures.FRENCH));
        }
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<ExtractionResult>> results = new ArrayList<>();
            for (Path note : notes) {
                results.add(callers.submit(() -> extractor.extract(note)));
            }
            for (int i = 0; i < notes.size(); i++) {
                ExtractionResult result = results.get(i).get();
                assertDone(result, "text/plain");
                assertTrue(result.text().startsWith("Note numéro " + i + " :"), () -> describe(result));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    // --- Hostile or broken files ---

    @Test
    void textNamedPdfIsReadAsText() throws Exception {
        // Tika goes by the bytes: the name's .pdf does not match them, so it is read as the text it is
        Path file = ExtractionFixtures.text(files.resolve("pas-un.pdf"), ExtractionFixtures.FRENCH);

        ExtractionResult result = extractor.extract(file);

        assertDone(result, "text/plain");
        assertTrue(result.text().contains("quorum était atteint"), () -> describe(result));
    }

    @Test
    void corruptPdf() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.corruptPdf(files.resolve("abime.pdf")));

        assertFailed(result, ExtractionFailure.CORRUPT);
        assertEquals("application/pdf", result.mediaType());
    }

    @Test
    void truncatedWordDocument() throws Exception {
        Path whole = ExtractionFixtures.resource(Files.createDirectories(root.resolve("sources")), "compte-rendu.docx");

        ExtractionResult result = extractor.extract(ExtractionFixtures.truncated(files.resolve("coupe.docx"), whole));

        assertFailed(result, ExtractionFailure.CORRUPT);
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        Path file = ExtractionFixtures.pdf(files.resolve("confidentiel.pdf"),
                List.of(List.of("Salaires du personnel")), "Direction", "Confidentiel", "motdepasse");

        ExtractionResult result = extractor.extract(file);

        assertEquals(ExtractionOutcome.ENCRYPTED, result.outcome(), () -> describe(result));
        assertEquals("application/pdf", result.mediaType());
        assertEquals("", result.text());
        assertFalse(result.text().contains("Salaires"));
    }

    @Test
    void passwordProtectedWordDocument() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.resource(files, "protege.docx"));

        assertEquals(ExtractionOutcome.ENCRYPTED, result.outcome(), () -> describe(result));
        assertEquals("", result.text());
    }

    @Test
    void highlyCompressedArchiveIsCutAtTheLimit() throws Exception {
        // 300 MiB of text in 300 KiB: the compression ratio stays under the guard's, the character limit stops it
        Path file = ExtractionFixtures.highlyCompressedZip(files.resolve("archive.zip"), 300);

        ExtractionResult result = extractor.extract(file);

        assertDone(result, "application/zip");
        assertTrue(result.truncated());
        assertTrue(result.text().length() <= extractor.settings().maxCharacters());
        assertWorkerStillReads();
    }

    @Test
    void nestedZipBomb() throws Exception {
        Path file = ExtractionFixtures.nestedZipBomb(files.resolve("bombe.zip"), 300);
        assertTrue(Files.size(file) < 100_000, () -> "the bomb is small on disk: " + file.toFile().length());

        ExtractionResult result = extractor.extract(file);

        assertFailed(result, ExtractionFailure.TOO_LARGE_UNPACKED);
        assertEquals("application/zip", result.mediaType());
        assertWorkerStillReads();
    }

    @Test
    void wordDocumentBombExhaustsOnlyItsWorker() throws Exception {
        // One text run of 300 MiB: Word documents are loaded whole, so the worker's heap is what stops it
        ExtractionResult result = extractor.extract(ExtractionFixtures.docxBomb(files.resolve("bombe.docx"), 300));

        assertFailed(result, ExtractionFailure.OUT_OF_MEMORY);
        assertWorkerStillReads();
    }

    @Test
    void billionLaughs() throws Exception {
        ExtractionResult result = extractor.extract(ExtractionFixtures.billionLaughs(files.resolve("lol.xml")));

        assertFailed(result, ExtractionFailure.CORRUPT);
        assertWorkerStillReads();
    }

    @Test
    void fileOutsideTheBaseDirectoryIsRefused() throws Exception {
        Path outside = ExtractionFixtures.text(root.resolve("ailleurs.txt"), "Hors du dépôt");

        Path link = Files.createSymbolicLink(files.resolve("lien-vers-ailleurs.txt"), outside);

        assertThrows(IllegalArgumentException.class, () -> extractor.extract(outside));
        assertThrows(IllegalArgumentException.class, () -> extractor.extract(link));
        assertThrows(IllegalArgumentException.class, () -> extractor.extract(files.resolve("absent.txt")));
        assertThrows(IllegalArgumentException.class, () -> extractor.extract(files));
    }

    // --- Workers that must be killed ---

    @Test
    void timeoutKillsTheWorkerAndTheNextDocumentIsRead() throws Exception {
        Path slow = ExtractionFixtures.slowXmlGzip(files.resolve("lent.xml.gz"), 1024);
        Path note = ExtractionFixtures.text(files.resolve("apres-le-delai.txt"), ExtractionFixtures.FRENCH);
        // Without the language model, whose loading by a fresh worker would count in so short a time
        try (ForkedTikaExtractor impatient = new ForkedTikaExtractor(
                settings("impatient").withTimeout(Duration.ofSeconds(3)).withDetectLanguage(false))) {

            ExtractionResult result = impatient.extract(slow);

            assertFailed(result, ExtractionFailure.TIMEOUT);
            assertEquals("application/gzip", result.mediaType());
            assertDone(impatient.extract(note), "text/plain");
        }
    }

    @Test
    void outOfMemoryKillsTheWorkerAndTheNextDocumentIsRead() throws Exception {
        Path huge = ExtractionFixtures.longText(files.resolve("enorme.txt"), 300_000_000L);
        Path note = ExtractionFixtures.text(files.resolve("apres-la-memoire.txt"), ExtractionFixtures.FRENCH);
        try (ForkedTikaExtractor frugal = new ForkedTikaExtractor(settings("frugal")
                .withWorkerMaxHeapMegabytes(256).withMaxCharacters(400_000_000))) {

            ExtractionResult result = frugal.extract(huge);

            assertFailed(result, ExtractionFailure.OUT_OF_MEMORY);
            assertDone(frugal.extract(note), "text/plain");
        }
    }

    @Test
    void closeStopsTheWorkersWhichInheritNoEnvironment() throws Exception {
        Path note = ExtractionFixtures.text(files.resolve("avant-fermeture.txt"), ExtractionFixtures.FRENCH);
        ForkedTikaExtractor closing = new ForkedTikaExtractor(settings("closing"));
        try {
            assertDone(closing.extract(note), "text/plain");
            List<ProcessHandle> workers = workersOf(closing);
            assertEquals(1, workers.size(), "one worker after one extraction");

            Path environ = Path.of("/proc", String.valueOf(workers.get(0).pid()), "environ");
            if (Files.isReadable(environ)) {
                List<String> variables = List.of(new String(Files.readAllBytes(environ), StandardCharsets.UTF_8)
                        .split("\0"));
                assertTrue(variables.stream().allMatch(v -> v.startsWith("LANG=") || v.startsWith("LC_")),
                        () -> "worker environment: " + variables);
            }
        } finally {
            closing.close();
        }
        assertTrue(workersOf(closing).isEmpty(), "no worker left after close");
        assertThrows(IllegalStateException.class, () -> closing.extract(note));
    }

    // --- Helpers ---

    private static ExtractionSettings settings(String name) throws IOException {
        String classPath = System.getProperty("interactifs.test.tikaClasspath", "target/runtime/tika");
        Path workerClassPath = Path.of(classPath);
        if (!Files.isDirectory(workerClassPath)) {
            fail("No worker class path at " + workerClassPath.toAbsolutePath()
                    + ": run the build (mvn generate-test-resources) first");
        }
        return ExtractionSettings.defaults(workerClassPath, files, root.resolve("work-" + name));
    }

    /** The worker JVMs of this extractor still alive (they are started with its work directory in their options). */
    private static List<ProcessHandle> workersOf(ForkedTikaExtractor extractor) {
        String work = extractor.settings().workDirectory().toString();
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("org.apache.tika.pipes.PipesServer")
                        && c.contains(work)).orElse(false))
                .toList();
    }

    /** The result with its text shortened: enough to see what went wrong. */
    private static String describe(ExtractionResult result) {
        String text = result.text().length() > 200 ? result.text().substring(0, 200) + "…" : result.text();
        return new ExtractionResult(result.outcome(), result.mediaType(), text, result.truncated(), result.author(),
                result.title(), result.created(), result.pages(), result.language(), result.failure(),
                result.detail()).toString();
    }

    private static void assertWorkerStillReads() throws Exception {
        Path note = ExtractionFixtures.text(Files.createTempFile(files, "suivant-", ".txt"),
                ExtractionFixtures.FRENCH);
        assertDone(extractor.extract(note), "text/plain");
    }

    private static void assertDone(ExtractionResult result, String mediaType) {
        assertEquals(ExtractionOutcome.DONE, result.outcome(), () -> describe(result));
        assertEquals(mediaType, result.mediaType());
        assertFalse(result.text().isBlank());
        assertNull(result.failure());
    }

    private static void assertFailed(ExtractionResult result, ExtractionFailure failure) {
        assertEquals(ExtractionOutcome.FAILED, result.outcome(), () -> describe(result));
        assertEquals(failure, result.failure(), () -> describe(result));
        assertEquals("", result.text());
        assertNotNull(result.detail());
    }
}
