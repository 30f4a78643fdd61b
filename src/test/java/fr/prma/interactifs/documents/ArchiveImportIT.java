package fr.prma.interactifs.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.documents.entity.ArchiveImportStatus;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.search.SearchRequest;
import fr.prma.interactifs.documents.service.ArchiveImports;
import fr.prma.interactifs.documents.service.Deposit;
import fr.prma.interactifs.documents.service.DocumentDetails;
import fr.prma.interactifs.documents.service.DocumentSearch;
import fr.prma.interactifs.documents.service.DocumentSettings;
import fr.prma.interactifs.documents.service.ImportAnalysis;
import fr.prma.interactifs.documents.service.ImportOptions;
import fr.prma.interactifs.documents.service.ImportProgress;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.SearchPage;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.testing.Deployments;
import fr.prma.interactifs.testing.SampleFiles;
import fr.prma.interactifs.testing.TestPeople;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

/**
 * The import of archives inside Payara Micro, with the real library behind it (deposit, extraction, search): an
 * administrator imports a zip of French folders holding real documents, a file the library already holds, a file
 * it refuses and an archive inside the archive, and gets the report; the documents are filed, tagged and found.
 * A zip bomb is refused whole; only administrators import. Each test writes words of its own (a random marker).
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveImportIT {

    private static final long IMPORT_PATIENCE_MS = 240_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(ArchiveImportIT.class, SampleFiles.class);
    }

    @EJB
    private ArchiveImports imports;

    @EJB
    private Library library;

    @EJB
    private DocumentSearch search;

    @EJB
    private PeopleDirectory people;

    @Inject
    private DocumentSettings settings;

    private static String marker() {
        return "repere" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private ImportProgress finished(Actor administrator, long importId) throws InterruptedException {
        long until = System.currentTimeMillis() + IMPORT_PATIENCE_MS;
        while (System.currentTimeMillis() < until) {
            ImportProgress progress = imports.progress(administrator, importId);
            assertTrue(progress.filesDone() <= progress.totalFiles(), progress.toString());
            if (progress.isOver()) {
                return progress;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Import " + importId + " did not finish in time: "
                + imports.progress(administrator, importId));
    }

    /** The hits of a search once it gives this many (the index follows each extraction a moment later). */
    private SearchPage findEventually(Actor actor, String words, long expected) throws InterruptedException {
        long until = System.currentTimeMillis() + IMPORT_PATIENCE_MS;
        SearchPage page = search.search(actor, SearchRequest.of(words));
        while (page.total() != expected && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            page = search.search(actor, SearchRequest.of(words));
        }
        return page;
    }

    @Test
    void anAdministratorImportsAFolderTreeAndGetsItsReport() throws InterruptedException, IOException {
        Actor administrator = new Actor(TestPeople.signIn(people, "Nadia", null).personId(), true);
        Actor member = TestPeople.signIn(people, "Julien", BodyCode.WORKING_GROUP);
        Actor outsider = TestPeople.signIn(people, "Paul", BodyCode.STEERING_COMMITTEE);
        String marker = marker();
        Set<Path> directoriesBefore = directories(settings.importsDirectory());
        byte[] alreadyThere = SampleFiles.text("Lettre déjà déposée " + marker());
        long existing = library.deposit(member, new Deposit(new ByteArrayInputStream(alreadyThere), "lettre.txt",
                new DocumentDescription(null, null, DocumentCategory.CLUSTER_LIFE, List.of()), Set.of())).documentId();

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Archives Camji/", new byte[0]);
        entries.put("Archives Camji/Comptes rendus/2019/Réunion départementale.docx",
                SampleFiles.docx("Compte rendu " + marker, "Les structures ont mutualisé leurs achats."));
        entries.put("Archives Camji/Études/Étude mutualisation.pdf", SampleFiles.pdf("Étude", "Camille Durand",
                "Etude " + marker, "La mutualisation des emplois."));
        entries.put("Archives Camji/Correspondance/Lettre au Département.html",
                SampleFiles.html("Lettre", "Courrier " + marker + " au Département"));
        entries.put("Archives Camji/Correspondance/note.txt", SampleFiles.text("Note " + marker + " de l’assemblée"));
        entries.put("Archives Camji/Correspondance/copie de la note.txt",
                SampleFiles.text("Note " + marker + " de l’assemblée"));
        entries.put("Archives Camji/Correspondance/lettre (copie).txt", alreadyThere);
        entries.put("Archives Camji/Outils/outil", SampleFiles.executable());
        entries.put("Archives Camji/Études/anciennes études.zip", zip(Map.of("vieux.txt", SampleFiles.text("vieux"))));
        entries.put("Archives Camji/.DS_Store", SampleFiles.text("junk"));
        entries.put("__MACOSX/Archives Camji/._note.txt", SampleFiles.text("junk"));

        ImportAnalysis analysis = imports.analyse(administrator, new ByteArrayInputStream(zip(entries)),
                "Archives Camji.zip");
        assertEquals(8, analysis.files());
        assertEquals(1, analysis.refused(), "the archive inside, at once");
        assertEquals(3, analysis.skipped(), "the folder, .DS_Store and its __MACOSX twin");
        assertEquals(List.of("Comptes rendus", "Correspondance", "Outils", "Études"),
                analysis.folders().stream().sorted().toList(), "one common folder: the folders inside it are mapped");
        ImportProgress waiting = imports.progress(administrator, analysis.importId());
        assertEquals(ArchiveImportStatus.ANALYSED, waiting.status());

        imports.start(administrator, analysis.importId(), new ImportOptions(DocumentCategory.INFLUENCE,
                Set.of(BodyCode.WORKING_GROUP), Map.of("Études", DocumentCategory.RESEARCH,
                        "Comptes rendus", DocumentCategory.STRATEGIC_WATCH)));
        assertRefused("document.import.error.notWaiting", () -> imports.start(administrator, analysis.importId(),
                new ImportOptions(DocumentCategory.INFLUENCE, Set.of(), Map.of())));
        ImportProgress report = finished(administrator, analysis.importId());

        assertEquals(ArchiveImportStatus.FINISHED, report.status(), report.toString());
        assertEquals(8, report.totalFiles());
        assertEquals(8, report.filesDone());
        assertEquals(4, report.imported());
        assertEquals(2, report.duplicates());
        assertEquals(2, report.refused());
        assertEquals(report.totalBytes(), report.bytesDone());
        Map<String, ImportProgress.FileOutcome> refused = report.refusedFiles().stream()
                .collect(Collectors.toMap(ImportProgress.FileOutcome::path, Function.identity()));
        assertEquals("document.import.refusal.nestedArchive",
                refused.get("Archives Camji/Études/anciennes études.zip").reasonKey());
        ImportProgress.FileOutcome program = refused.get("Archives Camji/Outils/outil");
        assertEquals("document.error.typeRefused", program.reasonKey());
        assertTrue(program.reasonText().contains("n’a pas été déposé"), "the library's French sentence: "
                + program.reasonText());
        Map<String, ImportProgress.FileOutcome> duplicates = report.duplicateFiles().stream()
                .collect(Collectors.toMap(ImportProgress.FileOutcome::path, Function.identity()));
        assertEquals(existing, duplicates.get("Archives Camji/Correspondance/lettre (copie).txt").documentId(),
                "a file already in the library is skipped, with the document that holds it");
        assertNotNull(duplicates.get("Archives Camji/Correspondance/copie de la note.txt").documentId(),
                "the second of two identical files is skipped too");

        SearchPage found = findEventually(member, marker, 4);
        assertEquals(4, found.total(), () -> "every imported document is found: " + found.hits());
        Map<String, Long> byFile = found.hits().stream()
                .collect(Collectors.toMap(SearchPage.Hit::fileName, SearchPage.Hit::documentId));
        DocumentDetails minutes = library.find(member, byFile.get("Réunion départementale.docx"));
        assertEquals("Réunion départementale", minutes.title(), "titled after the file's name");
        assertEquals(DocumentCategory.STRATEGIC_WATCH, minutes.category());
        assertEquals(Set.of("Archives Camji", "Comptes rendus", "2019"), Set.copyOf(minutes.tags()));
        assertEquals(List.of(BodyCode.WORKING_GROUP), minutes.bodies());
        DocumentDetails study = library.find(member, byFile.get("Étude mutualisation.pdf"));
        assertEquals(DocumentCategory.RESEARCH, study.category());
        assertEquals("Étude mutualisation", study.title());
        assertEquals(Set.of("Archives Camji", "Études"), Set.copyOf(study.tags()));
        DocumentDetails letter = library.find(member, byFile.get("Lettre au Département.html"));
        assertEquals(DocumentCategory.INFLUENCE, letter.category(), "an unmapped folder takes the default category");
        assertEquals(Set.of("Archives Camji", "Correspondance"), Set.copyOf(letter.tags()));
        assertEquals(0, search.search(outsider, SearchRequest.of(marker)).total(), "visible to the chosen body only");
        assertTrue(imports.recent(administrator).stream().anyMatch(i -> i.importId() == analysis.importId()));
        assertEquals(directoriesBefore, directories(settings.importsDirectory()),
                "the unpacked files are removed once the import is over");
    }

    @Test
    void onlyAdministratorsImport() {
        Actor member = TestPeople.signIn(people, "Lucie", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(TestPeople.signIn(people, "Nadia", null).personId(), true);
        byte[] archive = zip(Map.of("Dossier/note.txt", SampleFiles.text("Note " + marker())));

        assertRefused("document.error.adminOnly", () -> imports.analyse(member, new ByteArrayInputStream(archive),
                "archive.zip"));
        assertRefused("document.error.adminOnly", () -> imports.recent(member));
        long importId = imports.analyse(administrator, new ByteArrayInputStream(archive), "archive.zip").importId();
        assertRefused("document.error.adminOnly", () -> imports.progress(member, importId));
        assertRefused("document.error.adminOnly", () -> imports.start(member, importId,
                new ImportOptions(DocumentCategory.CLUSTER_LIFE, Set.of(), Map.of())));
        assertEquals(ArchiveImportStatus.ANALYSED, imports.progress(administrator, importId).status(),
                "left waiting: the refusals started nothing");
    }

    @Test
    void aZipBombIsRefusedWholeAndNothingIsImported() throws IOException {
        Actor administrator = new Actor(TestPeople.signIn(people, "Nadia", null).personId(), true);
        String marker = marker();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("Sain/avant.txt"));
            zip.write(SampleFiles.text("Un fichier sain " + marker));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Sain/zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1024 * 1024, "200 MB in a few hundred KB: " + bytes.size());
        List<Long> importsBefore = imports.recent(administrator).stream().map(i -> i.importId()).toList();
        Set<Path> directoriesBefore = directories(settings.importsDirectory());

        assertRefused("document.import.error.ratio", () -> imports.analyse(administrator,
                new ByteArrayInputStream(bytes.toByteArray()), "bombe.zip"));
        assertRefused("document.import.error.notZip", () -> imports.analyse(administrator,
                new ByteArrayInputStream(SampleFiles.pdf("Pas une archive", "Essai", "x")), "faux.zip"));

        assertEquals(importsBefore, imports.recent(administrator).stream().map(i -> i.importId()).toList(),
                "no import recorded");
        assertEquals(directoriesBefore, directories(settings.importsDirectory()), "nothing left on disk");
        assertEquals(0, search.search(administrator, SearchRequest.of(marker)).total(), "nothing imported");
    }

    private static Set<Path> directories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.collect(Collectors.toSet());
        }
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
