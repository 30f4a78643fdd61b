package fr.prma.interactifs.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.entity.ExtractionStatus;
import fr.prma.interactifs.documents.extraction.ExtractionFailure;
import fr.prma.interactifs.documents.search.SearchIndex;
import fr.prma.interactifs.documents.search.SearchRequest;
import fr.prma.interactifs.documents.service.Deposit;
import fr.prma.interactifs.documents.service.DepositOutcome;
import fr.prma.interactifs.documents.service.DocumentDetails;
import fr.prma.interactifs.documents.service.DocumentSearch;
import fr.prma.interactifs.documents.service.ExtractionWorker;
import fr.prma.interactifs.documents.service.IndexMaintenance;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.LibraryFilter;
import fr.prma.interactifs.documents.service.SearchPage;
import fr.prma.interactifs.documents.service.VersionDetails;
import fr.prma.interactifs.documents.service.Visibility;
import fr.prma.interactifs.documents.storage.ContentStore;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.testing.Deployments;
import fr.prma.interactifs.testing.SampleFiles;
import fr.prma.interactifs.testing.TestPeople;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

/**
 * The library inside Payara Micro, on the configured database, with the real extraction worker (Tika in its own
 * JVM) and the real Lucene index: real files of each kind go from deposit to search; broken and hostile files
 * get their status or their refusal; nobody finds what they may not read. Each test deposits files with words
 * of its own (a random marker), so that the tests do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentServicesIT {

    private static final long EXTRACTION_PATIENCE_MS = 120_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(DocumentServicesIT.class, SampleFiles.class)
                .addAsResource("documents/budget.xlsx").addAsResource("documents/presentation.pptx");
    }

    @EJB
    private Library library;

    @EJB
    private DocumentSearch search;

    @EJB
    private ExtractionWorker worker;

    @EJB
    private IndexMaintenance indexMaintenance;

    @EJB
    private PeopleDirectory people;

    @Inject
    private ContentStore store;

    @Inject
    private SearchIndex index;

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    /** A word no other test or run uses, to search for. */
    private static String marker() {
        return "repere" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long deposit(Actor actor, String name, byte[] content, Set<BodyCode> bodies) {
        return deposit(actor, name, content, "", bodies).documentId();
    }

    private DepositOutcome deposit(Actor actor, String name, byte[] content, String title, Set<BodyCode> bodies) {
        return library.deposit(actor, new Deposit(new ByteArrayInputStream(content), name,
                new DocumentDescription(title, null, DocumentCategory.CLUSTER_LIFE, List.of()), bodies));
    }

    private VersionDetails extracted(Actor actor, long documentId) throws InterruptedException {
        long until = System.currentTimeMillis() + EXTRACTION_PATIENCE_MS;
        while (System.currentTimeMillis() < until) {
            VersionDetails current = library.find(actor, documentId).current();
            if (current.extractionStatus() != ExtractionStatus.PENDING) {
                return current;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The extraction of document " + documentId + " did not finish in time");
    }

    private SearchPage find(Actor actor, String words) {
        return search.search(actor, SearchRequest.of(words));
    }

    /**
     * The search once it gives this many hits: the index follows an extraction just after the extraction's
     * transaction commits, so a search right after the status changed may still miss it (for a moment).
     */
    private SearchPage findEventually(Actor actor, String words, long expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        SearchPage page = find(actor, words);
        while (page.total() != expected && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            page = find(actor, words);
        }
        return page;
    }

    @Test
    void filesOfEveryKindAreReadAndFoundInFrench() throws InterruptedException {
        Actor member = TestPeople.signIn(people, "Julien", BodyCode.WORKING_GROUP);
        String marker = marker();
        long pdf = deposit(member, "compte-rendu.pdf", SampleFiles.pdf("Compte rendu de la réunion", "Camille Durand",
                "Compte rendu de la reunion departementale " + marker, "Les structures ont mutualise leurs achats."),
                Set.of());
        long docx = deposit(member, "etude.docx", SampleFiles.docx("Étude " + marker,
                "La mutualisation des emplois entre structures."), Set.of());
        long odt = deposit(member, "note.odt", SampleFiles.odt("Note " + marker, "Les économies d’échelle."), Set.of());
        long html = deposit(member, "page.html", SampleFiles.html("Veille " + marker, "Réunions publiques"), Set.of());
        long txt = deposit(member, "notes.txt", SampleFiles.text("Notes " + marker + " : l’assemblée générale"),
                Set.of());
        long rtf = deposit(member, "lettre.rtf", SampleFiles.rtf("Lettre " + marker + " au Département"), Set.of());

        for (long id : List.of(pdf, docx, odt, html, txt, rtf)) {
            assertEquals(ExtractionStatus.DONE, extracted(member, id).extractionStatus(), "document " + id);
        }

        VersionDetails pdfVersion = library.find(member, pdf).current();
        assertEquals("application/pdf", pdfVersion.mediaType());
        assertEquals("Camille Durand", pdfVersion.author());
        assertEquals(1, pdfVersion.pages());
        assertEquals("Compte rendu de la réunion", pdfVersion.title(), "the title the file gives, as its property");
        assertEquals("Compte-rendu", library.find(member, pdf).title(),
                "the title made from a name that says something is kept");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                library.find(member, docx).current().mediaType());
        assertEquals("application/vnd.oasis.opendocument.text", library.find(member, odt).current().mediaType());

        SearchPage all = findEventually(member, marker, 6);
        assertEquals(6, all.total(), () -> "every file is found by its text; found: " + all.hits().stream()
                .map(SearchPage.Hit::fileName).toList());
        assertEquals(Set.of(pdf, docx, odt, html, txt, rtf),
                Set.copyOf(all.hits().stream().map(SearchPage.Hit::documentId).toList()));
        SearchPage accents = find(member, marker + " réunion");
        assertTrue(accents.hits().stream().anyMatch(hit -> hit.documentId() == pdf),
                "« réunion » finds « reunion »");
        SearchPage stems = find(member, marker + " mutualisé");
        assertEquals(Set.of(pdf, docx), Set.copyOf(stems.hits().stream().map(SearchPage.Hit::documentId).toList()),
                "« mutualisé » finds « mutualise » and « mutualisation »");
        assertTrue(all.hits().stream().allMatch(hit -> hit.snippet().contains("<mark>")),
                "each hit shows where the words are");
    }

    @Test
    void spreadsheetsAndPresentationsAreReadWithTheirOwnTitleAndYear() throws Exception {
        Actor member = TestPeople.signIn(people, "Thomas", BodyCode.STEERING_COMMITTEE);
        long xlsx = deposit(member, "budget.xlsx", resource("budget.xlsx"), Set.of());
        long pptx = deposit(member, "presentation.pptx", resource("presentation.pptx"), Set.of());

        assertEquals(ExtractionStatus.DONE, extracted(member, xlsx).extractionStatus());
        assertEquals(ExtractionStatus.DONE, extracted(member, pptx).extractionStatus());
        DocumentDetails spreadsheet = library.find(member, xlsx);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                spreadsheet.current().mediaType());
        assertEquals("Budget", spreadsheet.title(), "the title made from the file's name is kept");
        assertEquals("Budget prévisionnel", spreadsheet.current().title(), "the file's own title, as its property");
        assertEquals(2024, spreadsheet.year(), "filed under the year the file was created");
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                library.find(member, pptx).current().mediaType());
        assertTrue(eventuallyFinds(member, "rénovation des locaux", xlsx), "a cell's words are found");
        assertTrue(eventuallyFinds(member, "délégués octobre", pptx), "a slide's words are found");
    }

    @Test
    void aPdfTitledAboutBlankKeepsTheDepositedTitleAndANameThatSaysNothingTakesARealOne()
            throws InterruptedException {
        Actor member = TestPeople.signIn(people, "Julien", BodyCode.WORKING_GROUP);
        String marker = marker();
        long titled = deposit(member, "impression.pdf", SampleFiles.pdf("about:blank", "Camille Durand",
                "Programme de la saison " + marker), "Programme de la saison 2027", Set.of()).documentId();
        long named = deposit(member, "programme_saison.pdf", SampleFiles.pdf("about:blank", "Camille Durand",
                "Programme " + marker), Set.of());
        long unnamed = deposit(member, "Document1.pdf", SampleFiles.pdf("Compte rendu du groupe de travail",
                "Camille Durand", "Compte rendu " + marker), Set.of());

        assertEquals(ExtractionStatus.DONE, extracted(member, titled).extractionStatus());
        assertEquals(ExtractionStatus.DONE, extracted(member, named).extractionStatus());
        assertEquals(ExtractionStatus.DONE, extracted(member, unnamed).extractionStatus());
        DocumentDetails deposited = library.find(member, titled);
        assertEquals("Programme de la saison 2027", deposited.title(), "the depositor's title is kept");
        assertEquals(null, deposited.current().title(), "a meaningless file title is not shown as a property");
        assertEquals("Programme saison", library.find(member, named).title(), "the name's title is kept");
        assertEquals("Compte rendu du groupe de travail", library.find(member, unnamed).title(),
                "the file's real title fills a title made from a name that says nothing");
        SearchPage found = findEventually(member, marker, 3);
        assertEquals(Set.of("Programme de la saison 2027", "Programme saison", "Compte rendu du groupe de travail"),
                Set.copyOf(found.hits().stream().map(SearchPage.Hit::title).toList()),
                "the search shows the same titles");
    }

    /** Whether the search finds this document among its first hits, once the index has followed. */
    private boolean eventuallyFinds(Actor actor, String words, long documentId) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        do {
            SearchPage page = search.search(actor, new SearchRequest(words, null, null, null, null,
                    SearchRequest.Order.NEWEST, 0, 50));
            if (page.hits().stream().anyMatch(hit -> hit.documentId() == documentId)) {
                return true;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < until);
        return false;
    }

    private static byte[] resource(String name) throws java.io.IOException {
        try (InputStream in = DocumentServicesIT.class.getResourceAsStream("/documents/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void nobodyFindsWhatTheyMayNotRead() throws InterruptedException {
        Actor secretary = TestPeople.signIn(people, "Camille", BodyCode.DEPARTMENTAL_MEETING);
        Actor member = TestPeople.signIn(people, "Ines", BodyCode.DEPARTMENTAL_MEETING);
        Actor outsider = TestPeople.signIn(people, "Paul", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(TestPeople.signIn(people, "Nadia", null).personId(), true);
        String marker = marker();
        long restricted = deposit(secretary, "budget.txt", SampleFiles.text("Budget confidentiel " + marker),
                Set.of(BodyCode.DEPARTMENTAL_MEETING));
        extracted(secretary, restricted);

        assertEquals(1, findEventually(member, marker, 1).total());
        assertEquals(1, find(administrator, marker).total());
        SearchPage nothing = find(outsider, marker);
        assertEquals(0, nothing.total());
        assertTrue(nothing.hits().isEmpty());
        assertTrue(nothing.facets().values().stream().flatMap(List::stream)
                .allMatch(count -> count.count() == 0), "no facet counts a document the reader may not read");
        assertThrows(NotFoundException.class, () -> library.find(outsider, restricted));
        assertThrows(NotFoundException.class, () -> library.download(outsider, restricted, null));
        assertFalse(library.page(outsider, LibraryFilter.none(), 0, 10_000).rows().stream()
                .anyMatch(row -> row.id() == restricted), "not in the library's list either");
        assertTrue(library.page(member, LibraryFilter.none(), 0, 10_000).rows().stream()
                .anyMatch(row -> row.id() == restricted));
        assertTrue(library.page(member, new LibraryFilter(DocumentCategory.CLUSTER_LIFE,
                BodyCode.DEPARTMENTAL_MEETING, "text", "le-camji", null, LibraryFilter.Sort.TITLE), 0, 10_000).rows()
                .stream().anyMatch(row -> row.id() == restricted), "filtered by category, body, type and structure");
        assertFalse(library.page(member, new LibraryFilter(null, null, null, "trastaroots", null, null), 0, 10_000)
                .rows().stream().anyMatch(row -> row.id() == restricted));
        assertFalse(library.page(member, new LibraryFilter(null, BodyCode.WORKING_GROUP, null, null, null, null), 0,
                10_000).rows().stream().anyMatch(row -> row.id() == restricted));
        assertRefused("document.error.visibilityNotAllowed", () -> deposit(outsider, "x.txt",
                SampleFiles.text("x"), Set.of(BodyCode.DEPARTMENTAL_MEETING)));
    }

    @Test
    void theVisibilityIsTheWholeClusterOrSomeBodiesNeverBoth() {
        Actor secretary = TestPeople.signIn(people, "Camille", BodyCode.DEPARTMENTAL_MEETING);
        DocumentDescription description = new DocumentDescription("Ambigu", null, DocumentCategory.CLUSTER_LIFE,
                List.of());
        assertRefused("document.error.visibilityAmbiguous", () -> library.deposit(secretary, new Deposit(
                new ByteArrayInputStream(SampleFiles.text("x " + marker())), "ambigu.txt", description,
                new Visibility(true, Set.of(BodyCode.DEPARTMENTAL_MEETING)))));
        assertRefused("document.error.visibilityNoBody", () -> library.deposit(secretary, new Deposit(
                new ByteArrayInputStream(SampleFiles.text("y " + marker())), "aucune.txt", description,
                new Visibility(false, Set.of()))));

        long id = deposit(secretary, "clair.txt", SampleFiles.text("z " + marker()), Set.of());
        int version = library.find(secretary, id).version();
        assertRefused("document.error.visibilityAmbiguous", () -> library.changeVisibility(secretary, id,
                new Visibility(true, Set.of(BodyCode.DEPARTMENTAL_MEETING)), version));
        assertTrue(library.find(secretary, id).visibleToAll(), "nothing changed");
        library.changeVisibility(secretary, id, new Visibility(false, Set.of(BodyCode.DEPARTMENTAL_MEETING)), version);
        DocumentDetails restricted = library.find(secretary, id);
        assertFalse(restricted.visibleToAll());
        assertEquals(List.of(BodyCode.DEPARTMENTAL_MEETING), restricted.bodies());
    }

    @Test
    void brokenAndProtectedFilesAreKeptWithTheirStatus() throws InterruptedException {
        Actor member = TestPeople.signIn(people, "Lucie", BodyCode.STEERING_COMMITTEE);
        String marker = marker();
        long encrypted = deposit(member, "protege.pdf", SampleFiles.encryptedPdf("Secret " + marker), Set.of());
        long scanned = deposit(member, "scan.pdf", SampleFiles.scannedPdf(), Set.of());
        long truncated = deposit(member, "coupe.pdf", SampleFiles.truncatedPdf(), Set.of());
        long fine = deposit(member, "apres.txt", SampleFiles.text("Tout va bien " + marker), Set.of());

        assertEquals(ExtractionStatus.ENCRYPTED, extracted(member, encrypted).extractionStatus());
        assertTrue(library.find(member, encrypted).canRetryExtraction(), "the depositor may ask again");
        Actor colleague = TestPeople.signIn(people, "Thomas", BodyCode.STEERING_COMMITTEE);
        assertFalse(library.find(colleague, encrypted).canRetryExtraction());
        assertRefused("document.error.retryNotAllowed", () -> library.retryExtraction(colleague, encrypted));
        assertEquals(ExtractionStatus.EMPTY, extracted(member, scanned).extractionStatus());
        VersionDetails broken = extracted(member, truncated);
        assertTrue(broken.extractionStatus() == ExtractionStatus.FAILED
                || broken.extractionStatus() == ExtractionStatus.EMPTY, "a truncated PDF: " + broken);
        if (broken.extractionStatus() == ExtractionStatus.FAILED) {
            assertEquals(ExtractionFailure.CORRUPT, broken.extractionFailure());
        }
        assertEquals(ExtractionStatus.DONE, extracted(member, fine).extractionStatus(),
                "hostile files do not block the others");
        assertEquals(1, findEventually(member, marker, 1).total(),
                "the encrypted text is not searchable, the other one is");
        assertNotNull(library.download(member, encrypted, null), "an encrypted file is stored and downloadable");
    }

    @Test
    void aZipBombDressedAsAWordDocumentFailsAloneAndTheNextFileIsRead() throws InterruptedException {
        Actor member = TestPeople.signIn(people, "Marc", BodyCode.WORKING_GROUP);
        byte[] bomb = SampleFiles.docxBomb(400);
        assertTrue(bomb.length < 5 * 1024 * 1024, "small enough to pass the upload limit: " + bomb.length);
        long trap = deposit(member, "rapport.docx", bomb, Set.of());
        long next = deposit(member, "suite.txt", SampleFiles.text("Après la bombe " + marker()), Set.of());

        VersionDetails failed = extracted(member, trap);
        assertEquals(ExtractionStatus.FAILED, failed.extractionStatus());
        assertTrue(failed.extractionFailure() == ExtractionFailure.OUT_OF_MEMORY
                || failed.extractionFailure() == ExtractionFailure.TOO_LARGE_UNPACKED, failed.toString());
        assertEquals(ExtractionStatus.DONE, extracted(member, next).extractionStatus());
    }

    @Test
    void aBillionLaughsInAWordDocumentIsNotExpandedAndTheNextFileIsRead() throws InterruptedException {
        Actor member = TestPeople.signIn(people, "Marc", BodyCode.WORKING_GROUP);
        long trap = deposit(member, "rires.docx", SampleFiles.docxBillionLaughs(), Set.of());
        String marker = marker();
        long next = deposit(member, "apres-les-rires.txt", SampleFiles.text("Après les rires " + marker), Set.of());

        VersionDetails read = extracted(member, trap);
        assertTrue(read.extractionStatus() == ExtractionStatus.FAILED
                || read.extractionStatus() == ExtractionStatus.EMPTY, "its entities are never expanded: " + read);
        assertEquals(ExtractionStatus.DONE, extracted(member, next).extractionStatus());
        assertEquals(1, findEventually(member, marker, 1).total());
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndNothingIsKept() {
        Actor member = TestPeople.signIn(people, "Thomas", BodyCode.DEPARTMENTAL_MEETING);
        long before = library.page(member, LibraryFilter.none(), 0, 1).total();

        assertRefused("document.error.empty", () -> deposit(member, "vide.pdf", new byte[0], Set.of()));
        assertRefused("document.error.typeMismatch",
                () -> deposit(member, "faux.pdf", SampleFiles.text("Je ne suis pas un PDF."), Set.of()));
        assertRefused("document.error.typeRefused", () -> deposit(member, "outil", SampleFiles.executable(), Set.of()));
        assertRefused("document.error.tooLarge", () -> deposit(member, "enorme.txt",
                new byte[6 * 1024 * 1024], Set.of()));
        assertRefused("document.error.categoryRequired", () -> library.deposit(member, new Deposit(
                new ByteArrayInputStream(SampleFiles.text("x")), "x.txt",
                new DocumentDescription("X", null, null, List.of()), Set.of())));

        assertEquals(before, library.page(member, LibraryFilter.none(), 0, 1).total());
    }

    @Test
    void oddFileNamesAreMadeSafeAndTheSameFileIsStoredOnce() {
        Actor member = TestPeople.signIn(people, "Sarah", BodyCode.WORKING_GROUP);
        byte[] content = SampleFiles.text("Contenu identique " + marker());

        DepositOutcome first = deposit(member, "../../etc/passwd\u0000.txt", content, "", Set.of());
        DepositOutcome second = deposit(member, "🎸 " + "é".repeat(300) + ".txt", content, "Copie", Set.of());

        DocumentDetails firstDocument = library.find(member, first.documentId());
        assertEquals("passwd.txt", firstDocument.current().originalName());
        String longName = library.find(member, second.documentId()).current().originalName();
        assertTrue(longName.startsWith("🎸 éé") && longName.endsWith("é.txt") && longName.length() <= 255, longName);
        assertEquals(List.of(first.documentId()),
                second.sameContent().stream().map(DepositOutcome.SameContent::documentId).toList(),
                "the depositor is told the library already holds this content");
        assertEquals(library.download(member, first.documentId(), null).sha256(),
                library.download(member, second.documentId(), null).sha256(), "one stored content for both");
    }

    @Test
    void versionsAreAddedRestoredAndDownloadedAndOnlyTheCurrentOneIsSearched() throws Exception {
        Actor author = TestPeople.signIn(people, "Marc", BodyCode.WORKING_GROUP);
        Actor partner = TestPeople.signIn(people, "/partenaires/drac", "Paul", BodyCode.WORKING_GROUP);
        Actor otherStructure = TestPeople.signIn(people, "/structures/trastaroots", "Lucie", BodyCode.WORKING_GROUP);
        String first = marker();
        String second = marker();
        long id = deposit(author, "plan.txt", SampleFiles.text("Plan d’action " + first), Set.of());
        extracted(author, id);

        library.addVersion(author, id, new ByteArrayInputStream(SampleFiles.text("Plan révisé " + second)),
                "plan-v2.txt", "Après la réunion du 12");
        assertEquals(ExtractionStatus.DONE, extracted(author, id).extractionStatus());
        assertEquals(1, findEventually(author, second, 1).total());
        assertEquals(0, find(author, first).total(), "the old text no longer answers");

        VersionDetails restored = library.restore(author, id, 1, "Retour au plan initial");
        assertEquals(3, restored.number());
        assertEquals(ExtractionStatus.DONE, restored.extractionStatus(), "the text read before is kept");
        assertEquals(1, find(author, first).total());
        DocumentDetails details = library.find(author, id);
        assertEquals(List.of(3, 2, 1), details.versions().stream().map(VersionDetails::number).toList());
        assertEquals("plan-v2.txt", library.download(author, id, 2).fileName());
        try (InputStream in = store.open(library.download(author, id, 2).sha256())) {
            assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(second));
        }

        assertEquals(List.of("document.deposited", "document.versionAdded", "document.versionRestored"),
                library.history(author, id).stream().map(entry -> entry.action()).toList());
        assertRefused("document.error.depositNotAllowed",
                () -> deposit(partner, "p.txt", SampleFiles.text("p"), Set.of()));
        assertRefused("document.error.changeNotAllowed", () -> library.history(otherStructure, id));
        assertFalse(library.find(otherStructure, id).canChange());
        assertRefused("document.error.changeNotAllowed", () -> library.addVersion(otherStructure, id,
                new ByteArrayInputStream(SampleFiles.text("x")), "x.txt", null));
        assertRefused("document.error.changedMeanwhile", () -> library.describe(author, id,
                new DocumentDescription("Plan", null, DocumentCategory.INFLUENCE, List.of()), details.version() - 1));

        library.delete(author, id);
        assertThrows(NotFoundException.class, () -> library.find(author, id));
        assertEquals(0, find(author, first).total(), "a deleted document leaves the search at once");
    }

    @Test
    void theBinKeepsDeletedDocumentsUntilAnAdministratorEmptiesIt() throws Exception {
        Actor member = TestPeople.signIn(people, "Camille", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(TestPeople.signIn(people, "Nadia", null).personId(), true);
        String marker = marker();
        long id = deposit(member, "corbeille.txt", SampleFiles.text("À jeter " + marker), Set.of());
        extracted(member, id);
        library.delete(member, id);

        assertRefused("document.error.adminOnly", () -> library.bin(member));
        assertTrue(library.bin(administrator).stream().anyMatch(entry -> entry.documentId() == id));
        library.undelete(administrator, id);
        assertEquals(1, findEventually(member, marker, 1).total(), "back in the search");

        library.delete(member, id);
        assertRefused("document.error.adminOnly", () -> library.emptyBin(member));
        assertTrue(library.emptyBin(administrator) >= 1);
        assertThrows(NotFoundException.class, () -> library.find(administrator, id));
        assertFalse(library.bin(administrator).stream().anyMatch(entry -> entry.documentId() == id));
    }

    @Test
    void anAdministratorRebuildsTheIndexFromTheLibrary() throws Exception {
        Actor member = TestPeople.signIn(people, "Lucie", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(TestPeople.signIn(people, "Nadia", null).personId(), true);
        String marker = marker();
        long id = deposit(member, "reconstruction.txt", SampleFiles.text("Reconstruction " + marker), Set.of());
        extracted(member, id);
        index.remove(id);
        assertEquals(0, find(member, marker).total(), "the index lost it");

        assertRefused("document.error.adminOnly", () -> indexMaintenance.rebuild(member));
        indexMaintenance.rebuild(administrator);
        long deadline = System.currentTimeMillis() + 120_000;
        while (indexMaintenance.progress().running() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }

        assertFalse(indexMaintenance.progress().running());
        assertEquals(indexMaintenance.progress().total(), indexMaintenance.progress().done());
        assertEquals(1, find(member, marker).total(), "rebuilt from the database and the stored text");
    }

    @Test
    void extractionLeftPendingByAStopResumes() throws Exception {
        Actor member = TestPeople.signIn(people, "Ines", BodyCode.WORKING_GROUP);
        String marker = marker();
        long id = deposit(member, "reprise.txt", SampleFiles.text("Reprise " + marker), Set.of());
        extracted(member, id);
        // As a stop in the middle of the work leaves it: the version back in the queue, nothing of it indexed.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update document_version set"
                        + " extraction_status = 'PENDING', text_sha256 = null where document_id = ?")) {
            update.setLong(1, id);
            assertEquals(1, update.executeUpdate());
        }
        index.remove(id);
        assertEquals(0, find(member, marker).total());

        worker.sweep();

        assertEquals(ExtractionStatus.DONE, extracted(member, id).extractionStatus());
        assertEquals(1, findEventually(member, marker, 1).total());
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
