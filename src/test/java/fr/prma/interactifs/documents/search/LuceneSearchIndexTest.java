package fr.prma.interactifs.documents.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.prma.interactifs.documents.search.SearchResults.Facet;
import fr.prma.interactifs.documents.search.SearchResults.FacetCount;
import fr.prma.interactifs.documents.search.SearchResults.Hit;

/** The library's search as a reader uses it: what is found, what is counted, what is shown, and what lasts. */
class LuceneSearchIndexTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final ReaderAccess ADMIN = ReaderAccess.administrator();

    @TempDir
    Path directory;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(directory);
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    // ----- Fixtures -----

    /** A document visible to all, filed in VEILLE, a PDF of 2026, deposited {@code id} hours after START. */
    private static Doc doc(long id) {
        return new Doc(id, "Document " + id, "", List.of(), "", "VEILLE", Set.of(), "pdf", 2026,
                START.plus(id, ChronoUnit.HOURS));
    }

    private record Doc(long id, String title, String description, List<String> tags, String text, String category,
            Set<Long> bodyIds, String type, int year, Instant updatedAt) {

        Doc title(String value) {
            return new Doc(id, value, description, tags, text, category, bodyIds, type, year, updatedAt);
        }

        Doc description(String value) {
            return new Doc(id, title, value, tags, text, category, bodyIds, type, year, updatedAt);
        }

        Doc tags(String... values) {
            return new Doc(id, title, description, List.of(values), text, category, bodyIds, type, year, updatedAt);
        }

        Doc text(String value) {
            return new Doc(id, title, description, tags, value, category, bodyIds, type, year, updatedAt);
        }

        Doc category(String value) {
            return new Doc(id, title, description, tags, text, value, bodyIds, type, year, updatedAt);
        }

        Doc bodies(Long... values) {
            return new Doc(id, title, description, tags, text, category, Set.of(values), type, year, updatedAt);
        }

        Doc type(String value) {
            return new Doc(id, title, description, tags, text, category, bodyIds, value, year, updatedAt);
        }

        Doc year(int value) {
            return new Doc(id, title, description, tags, text, category, bodyIds, type, value, updatedAt);
        }

        Doc updatedAt(Instant value) {
            return new Doc(id, title, description, tags, text, category, bodyIds, type, year, value);
        }

        IndexedDocument indexed() {
            return new IndexedDocument(id, title, description, tags, text, category, bodyIds, type, year, updatedAt);
        }
    }

    private void put(Doc... docs) {
        for (Doc doc : docs) {
            index.put(doc.indexed());
        }
    }

    private SearchResults search(String words) {
        return index.search(SearchRequest.of(words), ADMIN);
    }

    private SearchResults search(String words, ReaderAccess access) {
        return index.search(SearchRequest.of(words), access);
    }

    private static SearchRequest request(String words, String category, Long bodyId, String type, Integer year) {
        return new SearchRequest(words, category, bodyId, type, year, SearchRequest.Order.RELEVANCE, 0, 100);
    }

    private static SearchRequest page(String words, SearchRequest.Order order, int offset, int limit) {
        return new SearchRequest(words, null, null, null, null, order, offset, limit);
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(Hit::documentId).toList();
    }

    private static Set<Long> idSet(SearchResults results) {
        return Set.copyOf(ids(results));
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        return results.facets().get(facet).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static String snippet(SearchResults results, long id) {
        return results.hits().stream().filter(hit -> hit.documentId() == id).findFirst().orElseThrow().snippet();
    }

    private static SearchIndex.DocumentSource source(List<Doc> docs) {
        return new SearchIndex.DocumentSource() {
            @Override
            public long count() {
                return docs.size();
            }

            @Override
            public void forEach(Consumer<IndexedDocument> consumer) {
                docs.forEach(doc -> consumer.accept(doc.indexed()));
            }
        };
    }

    // ----- French words -----

    @Test
    void wordsAreFoundWhateverTheirAccentsCaseElisionAndNumber() {
        put(doc(1).title("Compte rendu de la réunion du bureau"),
                doc(2).text("Les Réunions mensuelles ont lieu le mardi."),
                doc(3).text("Rapport sur l'économie sociale et solidaire"),
                doc(4).text("Des économies d’énergie dans les locaux"),
                doc(5).title("Les chevaux du festival"),
                doc(6).text("Un budget sans rapport"));

        assertEquals(Set.of(1L, 2L), idSet(search("reunion")));
        assertEquals(Set.of(1L, 2L), idSet(search("RÉUNIONS")));
        assertEquals(Set.of(3L, 4L), idSet(search("économies")));
        assertEquals(Set.of(3L, 4L), idSet(search("l'économie")));
        assertEquals(Set.of(3L, 4L), idSet(search("L’Economie")));
        assertEquals(Set.of(5L), idSet(search("cheval")));
        assertEquals(Set.of(4L), idSet(search("energie")));
    }

    @Test
    void aVerbFindsItsNounAndTheReverse() {
        put(doc(1).text("La mutualisation des moyens entre associations"),
                doc(2).text("Nous souhaitons mutualiser le matériel"),
                doc(3).title("Achats mutualisés"),
                doc(4).text("Une mutuelle pour les salariés"));

        assertEquals(Set.of(1L, 2L, 3L), idSet(search("mutualisé")));
        assertEquals(Set.of(1L, 2L, 3L), idSet(search("mutualisation")));
        assertEquals(Set.of(1L, 2L, 3L), idSet(search("mutualisee")));
    }

    @Test
    void wordsTypedWithoutAccentsFindAccentedText() {
        put(doc(1).title("Sécurité des données personnelles"), doc(2).text("Assemblée générale ordinaire"),
                doc(3).text("Nos activités de l'année"));

        assertEquals(Set.of(1L), idSet(search("securite donnees")));
        assertEquals(Set.of(2L), idSet(search("assemblee generale")));
        assertEquals(Set.of(3L), idSet(search("activites")));
    }

    // ----- Several words, phrases -----

    @Test
    void everyWordTypedMustBeFoundInOneFieldOrAnother() {
        put(doc(1).title("Budget prévisionnel").text("Validé par l'association en assemblée."),
                doc(2).title("Budget de la fête"),
                doc(3).description("Budget").tags("association"),
                doc(4).text("Adhésion à l'association"));

        assertEquals(Set.of(1L, 3L), idSet(search("budget association")));
        assertEquals(Set.of(1L, 2L, 3L), idSet(search("budget")));
        assertEquals(Set.of(), idSet(search("budget inexistant")));
    }

    @Test
    void smallWordsDoNotKeepAnOtherwiseMatchingDocumentOut() {
        put(doc(1).title("Procès-verbal conseil d'administration"));

        assertEquals(Set.of(1L), idSet(search("le procès-verbal du conseil d'administration")));
    }

    @Test
    void wordsBetweenDoubleQuotesAreAPhrase() {
        put(doc(1).text("Le plan de relance économique est adopté."),
                doc(2).text("La relance du plan de circulation."),
                doc(3).title("Plan de relance").tags("relance"));

        assertEquals(Set.of(1L, 3L), idSet(search("\"plan de relance\"")));
        assertEquals(Set.of(1L, 2L, 3L), idSet(search("plan relance")));
        assertEquals(Set.of(1L), idSet(search("\"plan de relance\" économique")));
        assertEquals(Set.of(1L, 3L), idSet(search("« plan de relance »")));
    }

    @Test
    void aPhraseDoesNotSpanTwoTags() {
        put(doc(1).tags("plan", "relance"), doc(2).tags("plan relance"));

        assertEquals(Set.of(2L), idSet(search("\"plan relance\"")));
    }

    @Test
    void aMatchInTheTitleRanksFirst() {
        put(doc(1).text("Une note qui parle aussi de la subvention départementale, parmi bien d'autres sujets."),
                doc(2).title("Subvention départementale"));

        assertEquals(List.of(2L, 1L), ids(search("subvention")));
        SearchResults results = search("subvention");
        assertTrue(results.hits().get(0).score() > results.hits().get(1).score());
    }

    @Test
    void oddInputNeverFails() {
        put(doc(1).title("Règlement intérieur").text("Article 1 : le bureau"), doc(2).title("Statuts"));
        List<String> inputs = List.of("", "   ", "\"", "\"\"", "\"\"\"", "\"règlement", "règlement\"", "AND(", "(", ")",
                "*", "?", ":", "-", "+", "!", "~", "^", "\\", "/", "&&", "||", "[1 TO 5]", "{a TO b}", "title:statuts",
                "visibility:all", "règlement AND", "OR règlement", "NOT", "-règlement", "+règlement", "règl*",
                "règlement~2", "règlement^10", "/.*/", "l'", "’", "«", "»", "\u0000", "\uD83D\uDE00", "\u200B",
                "a".repeat(10_000), "mot ".repeat(5_000), "\"" + "mot ".repeat(2_000) + "\"",
                IntStream.range(0, 3_000).mapToObj(i -> "mot" + i).collect(Collectors.joining(" ")));
        for (String input : inputs) {
            for (SearchRequest.Order order : SearchRequest.Order.values()) {
                SearchResults results = assertDoesNotThrow(
                        () -> index.search(page(input, order, 0, 20), ReaderAccess.memberOf(Set.of(1L))),
                        () -> "input: " + input.substring(0, Math.min(50, input.length())));
                assertTrue(results.total() >= 0);
            }
        }
        assertEquals(Set.of(1L), idSet(search("\"règlement")), "an unpaired quote is ignored");
        assertEquals(Set.of(1L), idSet(search("AND( règlement")));
    }

    @Test
    void theOperatorsPeopleCommonlyTypeDoWhatTheyExpect() {
        put(doc(1).title("Budget association"), doc(2).title("Budget brouillon"), doc(3).title("Association sportive"),
                doc(4).title("Plan de relance brouillon"));

        assertEquals(Set.of(1L), idSet(search("budget AND association")));
        assertEquals(Set.of(1L, 2L, 3L), idSet(search("budget OR association")));
        assertEquals(Set.of(1L, 2L), idSet(search("(budget OR association) -sportive")));
        assertEquals(Set.of(1L), idSet(search("budget -brouillon")));
        assertEquals(Set.of(1L), idSet(search("budget NOT brouillon")));
        assertEquals(Set.of(1L, 3L), idSet(search("-brouillon")));
        assertEquals(Set.of(2L), idSet(search("brouillon -\"plan de relance\"")));
        assertEquals(Set.of(2L), idSet(search("budget - brouillon")), "a dash between words only separates them");
        assertEquals(Set.of(1L, 2L), idSet(search("+budget")));
        assertEquals(Set.of(), idSet(search("budget and association")), "in lower case, a word like another");
    }

    @Test
    void nothingSearchableTypedListsEverythingReadable() {
        put(doc(1), doc(2), doc(3).bodies(9L));

        assertEquals(Set.of(1L, 2L, 3L), idSet(search("")));
        assertEquals(Set.of(1L, 2L), idSet(search("*", ReaderAccess.memberOf(Set.of()))));
        assertEquals(2, search("  - ", ReaderAccess.memberOf(Set.of())).total());
        assertTrue(search("").hits().stream().allMatch(hit -> hit.snippet().isEmpty()));
    }

    // ----- Access -----

    @Test
    void aReaderOnlyEverFindsCountsAndSeesWhatTheyMayRead() {
        put(doc(1).title("Budget commun").category("FINANCES"),
                doc(2).title("Budget du bureau").bodies(7L).category("FINANCES"),
                doc(3).title("Budget confidentiel").text("Le projet zanzibar est secret.").bodies(8L)
                        .category("SECRETS").type("spreadsheet").year(2019),
                doc(4).title("Budget partagé").bodies(7L, 8L).category("FINANCES"));
        ReaderAccess memberOf7 = ReaderAccess.memberOf(Set.of(7L));

        SearchResults budget = search("budget", memberOf7);
        assertEquals(Set.of(1L, 2L, 4L), idSet(budget));
        assertEquals(3, budget.total());
        assertEquals(Map.of("FINANCES", 3L), counts(budget, Facet.CATEGORY));
        assertEquals(Map.of("7", 2L, "8", 1L), counts(budget, Facet.BODY));
        assertEquals(Map.of("pdf", 3L), counts(budget, Facet.TYPE));
        assertEquals(Map.of("2026", 3L), counts(budget, Facet.YEAR));

        SearchResults secret = search("zanzibar", memberOf7);
        assertEquals(0, secret.total());
        assertEquals(List.of(), secret.hits());
        for (Facet facet : Facet.values()) {
            assertEquals(List.of(), secret.facets().get(facet), facet.name());
        }
        assertEquals(0, search("confidentiel secret", memberOf7).total());

        SearchResults everything = search("", memberOf7);
        assertEquals(Set.of(1L, 2L, 4L), idSet(everything));
        assertFalse(counts(everything, Facet.CATEGORY).containsKey("SECRETS"));
        assertFalse(counts(everything, Facet.YEAR).containsKey("2019"));

        assertEquals(Set.of(1L), idSet(search("budget", ReaderAccess.memberOf(Set.of()))));
        assertEquals(Set.of(1L, 2L, 3L, 4L), idSet(search("budget", ADMIN)));
        assertEquals(Set.of(1L, 2L, 3L, 4L), idSet(search("budget", ReaderAccess.memberOf(Set.of(7L, 8L)))));
        SearchResults seenByAdmin = search("zanzibar", ADMIN);
        assertEquals(Set.of(3L), idSet(seenByAdmin));
        assertTrue(snippet(seenByAdmin, 3).contains("<mark>zanzibar</mark>"));
    }

    @Test
    void filteringByABodyNeverReachesBeyondTheReadersAccess() {
        put(doc(1).bodies(8L).title("Budget"), doc(2).bodies(7L, 8L).title("Budget"), doc(3).title("Budget"));

        SearchResults results = index.search(request("budget", null, 8L, null, null), ReaderAccess.memberOf(Set.of(7L)));

        assertEquals(Set.of(2L), idSet(results));
        assertEquals(1, results.total());
    }

    @Test
    void wordsCannotReachTheAccessField() {
        put(doc(1).bodies(8L).title("Budget"));
        ReaderAccess nobody = ReaderAccess.memberOf(Set.of());

        for (String words : List.of("all", "body:8", "visibility:body:8", "8", "budget visibility:all")) {
            assertEquals(0, search(words, nobody).total(), words);
        }
    }

    // ----- Filters and facets -----

    @Test
    void requestFiltersNarrowTheHitsAndTheirCounts() {
        put(doc(1).category("VEILLE").type("pdf").year(2025).bodies(3L),
                doc(2).category("VEILLE").type("text").year(2026),
                doc(3).category("COMPTES_RENDUS").type("pdf").year(2026).bodies(3L, 4L),
                doc(4).category("COMPTES_RENDUS").type("spreadsheet").year(2026));

        assertEquals(Set.of(1L, 2L), idSet(index.search(request("", "VEILLE", null, null, null), ADMIN)));
        assertEquals(Set.of(1L, 3L), idSet(index.search(request("", null, 3L, null, null), ADMIN)));
        assertEquals(Set.of(1L, 3L), idSet(index.search(request("document", null, null, "pdf", null), ADMIN)));
        assertEquals(Set.of(2L, 3L, 4L), idSet(index.search(request("", null, null, null, 2026), ADMIN)));
        SearchResults narrowed = index.search(request("", "COMPTES_RENDUS", null, "pdf", 2026), ADMIN);
        assertEquals(Set.of(3L), idSet(narrowed));
        assertEquals(Map.of("3", 1L, "4", 1L), counts(narrowed, Facet.BODY));
        assertEquals(Set.of(), idSet(index.search(request("", "VEILLE", 4L, null, null), ADMIN)));
    }

    @Test
    void facetsCountEveryHitNotOnlyThePage() {
        for (long id = 1; id <= 30; id++) {
            put(doc(id).title("Rapport " + id)
                    .category(id % 3 == 0 ? "VEILLE" : "RAPPORTS")
                    .type(id % 2 == 0 ? "pdf" : "text")
                    .year(id <= 10 ? 2024 : 2025)
                    .bodies(id % 5 == 0 ? new Long[] {1L, 2L} : id % 5 == 1 ? new Long[] {1L} : new Long[0]));
        }
        put(doc(31).title("Autre chose").category("AUTRE"));

        SearchResults results = index.search(page("rapports", SearchRequest.Order.RELEVANCE, 0, 5), ADMIN);

        assertEquals(5, results.hits().size());
        assertEquals(30, results.total());
        assertEquals(List.of(new FacetCount("RAPPORTS", 20), new FacetCount("VEILLE", 10)),
                results.facets().get(Facet.CATEGORY));
        assertEquals(Map.of("pdf", 15L, "text", 15L), counts(results, Facet.TYPE));
        assertEquals(List.of(new FacetCount("2025", 20), new FacetCount("2024", 10)), results.facets().get(Facet.YEAR));
        // Six with bodies 1 and 2, six with body 1 only; the eighteen visible to all count under no body.
        assertEquals(List.of(new FacetCount("1", 12), new FacetCount("2", 6)), results.facets().get(Facet.BODY));
    }

    @Test
    void facetValuesOfEqualCountsComeInTheirNaturalOrder() {
        put(doc(1).year(2024).bodies(10L), doc(2).year(2025).bodies(9L), doc(3).year(2023).bodies(100L));

        SearchResults results = search("");

        assertEquals(List.of("2023", "2024", "2025"),
                results.facets().get(Facet.YEAR).stream().map(FacetCount::value).toList());
        assertEquals(List.of("9", "10", "100"),
                results.facets().get(Facet.BODY).stream().map(FacetCount::value).toList());
    }

    // ----- Order and paging -----

    @Test
    void newestFirstOrdersByDepositDate() {
        put(doc(1).title("Budget").updatedAt(Instant.parse("2026-03-01T10:00:00Z")),
                doc(2).title("Budget budget budget").updatedAt(Instant.parse("2025-03-01T10:00:00Z")),
                doc(3).text("budget").updatedAt(Instant.parse("2026-06-01T10:00:00Z")));

        assertEquals(List.of(3L, 1L, 2L), ids(index.search(page("budget", SearchRequest.Order.NEWEST, 0, 10), ADMIN)));
        assertEquals(List.of(3L, 1L, 2L), ids(index.search(page("", SearchRequest.Order.NEWEST, 0, 10), ADMIN)));
        assertEquals(List.of(3L, 1L, 2L), ids(index.search(page("", SearchRequest.Order.RELEVANCE, 0, 10), ADMIN)),
                "without words, all are equally relevant: newest first");
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeat() {
        for (long id = 1; id <= 25; id++) {
            put(doc(id).title("Compte rendu " + id).text(id % 2 == 0 ? "compte rendu, compte rendu" : ""));
        }
        for (SearchRequest.Order order : SearchRequest.Order.values()) {
            List<Long> all = ids(index.search(page("compte rendu", order, 0, 100), ADMIN));
            assertEquals(25, all.size());
            List<Long> paged = new ArrayList<>();
            for (int offset = 0; offset < 25; offset += 10) {
                SearchResults results = index.search(page("compte rendu", order, offset, 10), ADMIN);
                assertEquals(25, results.total());
                paged.addAll(ids(results));
            }
            assertEquals(all, paged, order.name());
            SearchResults beyond = index.search(page("compte rendu", order, 100, 10), ADMIN);
            assertEquals(List.of(), beyond.hits());
            assertEquals(25, beyond.total());
        }
        List<Long> newest = ids(index.search(page("", SearchRequest.Order.NEWEST, 0, 3), ADMIN));
        assertEquals(List.of(25L, 24L, 23L), newest);
    }

    // ----- Changes -----

    @Test
    void aPutIsSearchableAtOnceAndReplacesTheEntryOfTheSameId() {
        put(doc(1).title("Ancien titre").category("VEILLE"));
        assertEquals(Set.of(1L), idSet(search("ancien")));

        put(doc(1).title("Nouveau titre").category("RAPPORTS"));

        assertEquals(1, index.size());
        assertEquals(0, search("ancien").total());
        assertEquals(Set.of(1L), idSet(search("nouveau")));
        assertEquals(Map.of("RAPPORTS", 1L), counts(search(""), Facet.CATEGORY));
    }

    @Test
    void putsMadeTogetherAreEachSearchableAtOnceAndCommittedTogetherSoon(@TempDir Path crashed,
            @TempDir Path later) throws Exception {
        index.rebuild(source(List.of(doc(1))), null);
        int writers = 6;
        int each = 15;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long first = 1000L * (w + 1);
                done.add(pool.submit(() -> {
                    go.await();
                    for (long id = first; id < first + each; id++) {
                        index.put(doc(id).indexed());
                        assertEquals(Set.of(id), idSet(search(Long.toString(id))), "searchable once put returns");
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int all = 1 + writers * each;

        // What a crash right after the puts would leave: either the puts are committed, or the marker says the
        // index must be rebuilt from the database.
        copyAsACrashLeavesIt(directory, crashed);
        LuceneSearchIndex reopened = new LuceneSearchIndex(crashed);
        try {
            assertTrue(reopened.needsRebuild() || reopened.size() == all,
                    "uncommitted puts are either in the index or make it ask for a rebuild");
        } finally {
            reopened.close();
        }

        // Within the commit delay, without anything else happening, they are all on disk.
        long deadline = System.nanoTime() + LuceneSearchIndex.COMMIT_DELAY.multipliedBy(20).toNanos();
        while (Files.exists(directory.resolve(LuceneSearchIndex.UNCOMMITTED_MARKER))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        copyAsACrashLeavesIt(directory, later);
        reopened = new LuceneSearchIndex(later);
        try {
            assertFalse(reopened.needsRebuild(), "committed: nothing to rebuild");
            assertEquals(all, reopened.size(), "every put committed");
        } finally {
            reopened.close();
        }
    }

    @Test
    void changesACrashKeptFromTheDiskMakeTheIndexAskForARebuildUntilItIsDone() throws IOException {
        index.rebuild(source(List.of(doc(1).title("Charte graphique"))), null);
        index.close();
        index = null;
        // As a crash leaves it between a put and its commit
        Files.createFile(directory.resolve(LuceneSearchIndex.UNCOMMITTED_MARKER));

        index = new LuceneSearchIndex(directory);
        assertTrue(index.needsRebuild(), "changes may have been lost");
        assertEquals(Set.of(1L), idSet(search("charte")), "it answers from its last commit meanwhile");
        put(doc(2).title("Charte éthique"));
        index.commitChanges();
        index.close();
        index = new LuceneSearchIndex(directory);
        assertTrue(index.needsRebuild(), "a commit alone does not bring back what was lost");

        index.rebuild(source(List.of(doc(1).title("Charte graphique"), doc(2).title("Charte éthique"))), null);
        index.close();
        index = new LuceneSearchIndex(directory);
        assertFalse(index.needsRebuild());
        assertEquals(Set.of(1L, 2L), idSet(search("charte")));
    }

    private static void copyAsACrashLeavesIt(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.copy(file, target);
                } catch (NoSuchFileException mergedAway) {
                    // a file no commit refers to any more, deleted while copying
                }
            }
        }
    }

    @Test
    void aRemovedDocumentIsNoLongerFound() {
        put(doc(1).title("Statuts"), doc(2).title("Statuts modifiés"));

        index.remove(1);
        index.remove(42);

        assertEquals(1, index.size());
        assertEquals(Set.of(2L), idSet(search("statuts")));
    }

    // ----- Snippets -----

    @Test
    void snippetsMarkTheWordsFoundAndEscapeEverythingElse() {
        put(doc(1).title("Page <b>piégée</b>")
                .text("Avant <script>alert(1)</script> le budget & les \"comptes\" d'Anne.\n\nSuite"));

        String snippet = snippet(search("budget comptes"), 1);

        assertTrue(snippet.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), snippet);
        assertTrue(snippet.contains("<mark>budget</mark> &amp; les &quot;<mark>comptes</mark>&quot; d&#39;Anne."),
                snippet);
        assertFalse(snippet.contains("<script"), snippet);
        assertFalse(snippet.contains("\n"), snippet);
        String title = snippet(search("piégée"), 1);
        assertEquals("Page &lt;b&gt;<mark>piégée</mark>&lt;/b&gt;", title);
    }

    @Test
    void theSnippetComesFromTheTextElseTheDescriptionElseTheTitle() {
        put(doc(1).title("Subvention").description("La subvention de la région").text("Montant de la subvention : 3 000 €"),
                doc(2).title("Subvention").description("La subvention de la région"),
                doc(3).title("Subvention régionale"),
                doc(4).title("Sans rapport").tags("subvention"));

        SearchResults results = search("subvention");

        assertEquals("Montant de la <mark>subvention</mark> : 3 000 €", snippet(results, 1));
        assertEquals("La <mark>subvention</mark> de la région", snippet(results, 2));
        assertEquals("<mark>Subvention</mark> régionale", snippet(results, 3));
        assertEquals("", snippet(results, 4), "found by a tag: nothing to show");
    }

    @Test
    void theSnippetOfALongTextIsAShortExtractAroundTheWordsEvenFarIn() {
        String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(1_000);
        put(doc(1).text(filler + "Ici se trouve la convention de partenariat signée. " + filler));

        String snippet = snippet(search("convention"), 1);

        assertTrue(snippet.contains("<mark>convention</mark> de partenariat"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        int length = snippet.replace("<mark>", "").replace("</mark>", "").length();
        assertTrue(length >= 150 && length <= 350, length + ": " + snippet);
    }

    @Test
    void aPhraseAndAnUnaccentedWordAreMarkedInTheSnippet() {
        put(doc(1).text("Le plan de relance économique est adopté."));

        assertEquals("Le <mark>plan de relance</mark> <mark>économique</mark> est adopté.",
                snippet(search("\"plan de relance\" economique"), 1));
    }

    // ----- Lasting -----

    @Test
    void whatWasPutIsThereAfterReopening() {
        assertTrue(index.needsRebuild(), "a new index has never been filled");
        index.rebuild(source(List.of(doc(1).title("Charte graphique"))), (done, total) -> { });
        assertFalse(index.needsRebuild());
        put(doc(2).title("Charte éthique"));
        index.remove(1);
        put(doc(3).title("Charte des bénévoles"));
        index.close();

        index = new LuceneSearchIndex(directory);

        assertFalse(index.needsRebuild());
        assertEquals(2, index.size());
        assertEquals(Set.of(2L, 3L), idSet(search("charte")));

        put(doc(4).title("Charte du site"));
        index.close();
        index = new LuceneSearchIndex(directory);

        assertFalse(index.needsRebuild(), "puts keep the generation marked complete");
        assertEquals(Set.of(2L, 3L, 4L), idSet(search("charte")));
    }

    @Test
    void anIndexNeverRebuiltStillNeedsItAfterReopening() {
        put(doc(1));
        index.close();

        index = new LuceneSearchIndex(directory);

        assertTrue(index.needsRebuild());
        assertEquals(1, index.size());
    }

    @Test
    void aMissingDirectoryIsCreatedAndNeedsRebuilding() {
        index.close();
        Path missing = directory.resolve("not/yet/there");

        index = new LuceneSearchIndex(missing);

        assertTrue(Files.isDirectory(missing));
        assertTrue(index.needsRebuild());
        assertEquals(0, index.size());
    }

    @Test
    void aCorruptIndexIsDetectedSetAsideAndReplacedByAnEmptyOneThatWorks() throws IOException {
        index.rebuild(source(List.of(doc(1).title("Rapport moral"), doc(2).title("Rapport financier"))), null);
        index.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().endsWith(".lock")) {
                    Files.write(file, "not an index".getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        index = new LuceneSearchIndex(directory);

        assertTrue(index.needsRebuild());
        assertEquals(0, index.size());
        put(doc(3).title("Rapport d'activité"));
        assertEquals(Set.of(3L), idSet(search("rapport")));
        index.rebuild(source(List.of(doc(1).title("Rapport moral"), doc(3).title("Rapport d'activité"))), null);
        assertFalse(index.needsRebuild());
        assertEquals(Set.of(1L, 3L), idSet(search("rapport")));
    }

    @Test
    void aTruncatedIndexIsDetectedToo() throws IOException {
        put(doc(1).title("Rapport moral").text("x ".repeat(10_000)));
        index.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().endsWith(".lock")) {
                    byte[] bytes = Files.readAllBytes(file);
                    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
                }
            }
        }

        index = new LuceneSearchIndex(directory);

        assertTrue(index.needsRebuild());
        assertEquals(0, index.size());
    }

    @Test
    void theDirectoryCannotBeOpenedTwice() {
        assertThrows(IllegalStateException.class, () -> new LuceneSearchIndex(directory));
        put(doc(1));
        assertEquals(1, index.size());
    }

    @Test
    void aClosedIndexRefusesWork() {
        index.close();
        index.close();

        assertThrows(IllegalStateException.class, () -> search(""));
        assertThrows(IllegalStateException.class, () -> put(doc(1)));
        index = null;
    }

    // ----- Rebuild -----

    @Test
    void aRebuildReplacesTheContentsAndReportsEachDocument() throws IOException {
        put(doc(1).title("Ancien"), doc(2).title("Ancien aussi"));
        List<long[]> progress = Collections.synchronizedList(new ArrayList<>());

        index.rebuild(source(List.of(doc(2).title("Nouveau"), doc(3).title("Nouveau aussi"), doc(4).title("Autre"))),
                (done, total) -> progress.add(new long[] {done, total}));

        assertEquals(3, index.size());
        assertEquals(Set.of(2L, 3L), idSet(search("nouveau")));
        assertEquals(0, search("ancien").total());
        assertEquals(List.of("1/3", "2/3", "3/3"), progress.stream().map(p -> p[0] + "/" + p[1]).toList());
        assertFalse(index.needsRebuild());
        try (Stream<Path> children = Files.list(directory)) {
            assertEquals(1, children.filter(Files::isDirectory).count(), "the previous generation is deleted");
        }
    }

    @Test
    void searchesAnswerFromThePreviousContentsWhileARebuildRunsAndChangesMadeMeanwhileAreKept() throws Exception {
        put(doc(1).title("Ancien rapport"), doc(2).title("Rapport retiré"));
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        SearchIndex.DocumentSource source = new SearchIndex.DocumentSource() {
            @Override
            public long count() {
                return 4;
            }

            @Override
            public void forEach(Consumer<IndexedDocument> consumer) {
                consumer.accept(doc(10).title("Rapport reconstruit").indexed());
                consumer.accept(doc(11).title("Rapport reconstruit aussi").indexed());
                halfway.countDown();
                await(resume);
                // Read before the changes below: stale versions the rebuild must not bring back.
                consumer.accept(doc(2).title("Rapport retiré").indexed());
                consumer.accept(doc(12).title("Rapport périmé").indexed());
            }
        };
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> rebuild = executor.submit(() -> index.rebuild(source, null));
            await(halfway);

            assertEquals(Set.of(1L, 2L), idSet(search("rapport")), "previous contents while rebuilding");
            assertEquals(2, index.size());
            put(doc(12).title("Rapport à jour"));
            index.remove(2);
            assertEquals(Set.of(1L, 12L), idSet(search("rapport")), "changes are searchable at once meanwhile");

            resume.countDown();
            rebuild.get(30, TimeUnit.SECONDS);
        } finally {
            resume.countDown();
            executor.shutdownNow();
        }

        assertEquals(Set.of(10L, 11L, 12L), idSet(search("rapport")));
        assertEquals(Set.of(12L), idSet(search("à jour")));
        assertEquals(0, search("périmé").total());
        index.close();
        index = new LuceneSearchIndex(directory);
        assertEquals(Set.of(10L, 11L, 12L), idSet(search("rapport")));
        assertFalse(index.needsRebuild());
    }

    @Test
    void aFailedRebuildLeavesThePreviousContentsInPlace() {
        put(doc(1).title("Rapport"));
        SearchIndex.DocumentSource failing = new SearchIndex.DocumentSource() {
            @Override
            public long count() {
                return 2;
            }

            @Override
            public void forEach(Consumer<IndexedDocument> consumer) {
                consumer.accept(doc(2).title("Rapport").indexed());
                throw new IllegalStateException("database gone");
            }
        };

        assertThrows(IllegalStateException.class, () -> index.rebuild(failing, null));

        assertEquals(Set.of(1L), idSet(search("rapport")));
        put(doc(3).title("Rapport"));
        assertEquals(Set.of(1L, 3L), idSet(search("rapport")));
        index.rebuild(source(List.of(doc(4).title("Rapport"))), null);
        assertEquals(Set.of(4L), idSet(search("rapport")));
    }

    @Test
    void whatAnInterruptedRebuildLeftIsIgnoredOnOpening() throws IOException {
        index.rebuild(source(List.of(doc(1).title("Rapport"))), null);
        index.close();
        // A rebuild cut by a crash leaves a newer generation without any commit.
        Path leftover = Files.createDirectories(directory.resolve("index-99"));
        Files.writeString(leftover.resolve("_0.fdt"), "partial");

        index = new LuceneSearchIndex(directory);

        assertFalse(index.needsRebuild());
        assertEquals(Set.of(1L), idSet(search("rapport")));
        assertFalse(Files.exists(leftover));
    }

    @Test
    void concurrentPutsAndSearchesAllLand() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (long id = 1; id <= 200; id++) {
                long documentId = id;
                work.add(CompletableFuture.runAsync(() -> {
                    index.put(doc(documentId).title("Note " + documentId).bodies(documentId % 2 == 0 ? 1L : 2L)
                            .indexed());
                    search("note", ReaderAccess.memberOf(Set.of(1L)));
                }, executor));
            }
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }

        assertEquals(200, index.size());
        assertEquals(100, search("note", ReaderAccess.memberOf(Set.of(1L))).total());
        assertEquals(LongStream.rangeClosed(1, 200).boxed().collect(Collectors.toSet()),
                idSet(index.search(page("note", SearchRequest.Order.NEWEST, 0, 500), ADMIN)));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
