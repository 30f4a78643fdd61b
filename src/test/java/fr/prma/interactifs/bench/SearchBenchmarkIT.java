package fr.prma.interactifs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * The search benchmark, run small so that it does not rot (the real run takes an hour and is not part of the
 * tests): the whole product through the launcher, a library of 300 seeded documents, two levels of clients.
 * What an operator relies on in its figures is checked against the product's database, read here with SQL of
 * its own rather than from the seeding's counts: the index was rebuilt with every document out of the bin, and
 * through the API a member of two bodies counts exactly the documents they may read, and a person in no body
 * only those visible to all.
 */
class SearchBenchmarkIT {

    private static final String DATA = "bench-search-it";
    private static final int DOCUMENTS = 300;

    /** Documents ines.garnier may read: visible to all, or to a body she sits in. */
    private static final String READABLE_BY_PERSON = "d.deleted_at is null and (d.visible_to_all or exists (select 1"
            + " from document_body v join membership s on s.body_id = v.body_id join person p on p.id = s.person_id"
            + " where v.document_id = d.id and p.username = ?))";

    @AfterEach
    void removeData() throws Exception {
        SearchBenchmark.deleteRecursively(Path.of(System.getProperty("interactifs.basedir", "."), "target", DATA));
    }

    @Test
    void aSmallRunMeasuresRightAnswersThroughTheApiAndStraightOnTheIndex() throws Exception {
        SearchBenchmark.Measurement run = new SearchBenchmark(DATA).measure(BenchOptions.of(Map.of(
                "documents", Integer.toString(DOCUMENTS), "clients", "1,2", "queries", "20", "requests", "40",
                "warmup", "10", "keep-data", "true")));

        long live;
        long readable;
        long visibleToAll;
        Map<BodyCode, Long> readableByBody = new EnumMap<>(BodyCode.class);
        try (Connection db = SearchCorpus.database(run.dataDir())) {
            assertEquals(DOCUMENTS, count(db, "select count(*) from document d"));
            live = count(db, "select count(*) from document d where d.deleted_at is null");
            readable = count(db, "select count(*) from document d where " + READABLE_BY_PERSON, "ines.garnier");
            visibleToAll = count(db, "select count(*) from document d where d.deleted_at is null and d.visible_to_all");
            try (PreparedStatement query = db.prepareStatement("select b.code, count(*) from document d"
                    + " join document_body x on x.document_id = d.id join body b on b.id = x.body_id where "
                    + READABLE_BY_PERSON + " group by b.code")) {
                query.setString(1, "ines.garnier");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        readableByBody.put(BodyCode.valueOf(rows.getString(1)), rows.getLong(2));
                    }
                }
            }
        }
        assertTrue(live < DOCUMENTS, "some documents in the bin");
        assertTrue(readable > live / 3 && readable < live * 2 / 3, "about half readable: " + readable);
        assertTrue(visibleToAll > 0 && visibleToAll < readable, "visible to all: " + visibleToAll);

        assertEquals(live, run.rebuild().documents(), "documents the rebuild indexed, the bin left out");
        assertEquals(live, run.indexedDocuments(), "documents in the index's newest generation");
        assertEquals(live, run.markerUnfiltered(), "the word of every text, found straight in the index");

        SearchBenchmark.ReadCheck member = run.checks().get(0);
        assertEquals("ines.garnier", member.person());
        assertEquals(readable, member.observed(), "ines.garnier's total through the API");
        assertEquals(readableByBody, member.observedByBody(), "ines.garnier's body facet through the API");
        SearchBenchmark.ReadCheck outsider = run.checks().get(1);
        assertEquals(SearchBenchmark.OUTSIDER, outsider.person());
        assertEquals(visibleToAll, outsider.observed(), "the total of a person in no body");
        assertEquals(Map.of(), outsider.observedByBody(), "no body counted for a person in no body");

        assertEquals(0, run.errors());
        for (Footprint footprint : List.of(run.idle(), run.afterRounds())) {
            assertEquals(Set.of(ProcessorTime.Part.SERVER, ProcessorTime.Part.KEYCLOAK),
                    footprint.bytes().keySet().stream().filter(part -> part != ProcessorTime.Part.WORKERS)
                            .collect(Collectors.toSet()), "the resident memory of the server and of Keycloak");
            assertTrue(footprint.bytes().values().stream().allMatch(bytes -> bytes > 50L * 1024 * 1024),
                    "a JVM holds more than 50 MB: " + footprint.text());
        }
        assertTrue(run.markdown().contains("Mémoire résidente (RSS)"), run.markdown());
        assertTrue(run.readiness().matches("Keycloak prêt en \\d+,\\d s, l'application en \\d+,\\d s \\(lancés "
                + "ensemble\\)\\."), "each process's time to ready, as the launcher says it: " + run.readiness());
        assertTrue(run.markdown().contains("Temps jusqu'à prêt à ce démarrage, selon le lanceur : Keycloak prêt en "),
                run.markdown());
        assertEquals(List.of(1, 2), run.rounds().stream().map(SearchBenchmark.Round::clients).toList());
        for (SearchBenchmark.Round round : run.rounds()) {
            for (Load.Level level : List.of(round.api(), round.lucene(), round.index())) {
                assertEquals(40, level.requests());
                assertTrue(level.percentileMillis(50) > 0 && level.percentileMillis(50) <= level.percentileMillis(95)
                        && level.percentileMillis(95) <= level.percentileMillis(99), "ordered percentiles");
                assertTrue(level.perSecond() > 0);
            }
        }
        assertTrue(run.indexBytes() > 0 && !run.rebuild().took().isNegative());

        String report = run.markdown();
        assertTrue(report.contains("| Clients | API p50 | API p95 | API p99 | API req/s | Lucene p50 | Lucene p95"
                + " | Lucene p99 | Lucene req/s | p95 API / Lucene |"), report);
        for (SearchBenchmark.Round round : run.rounds()) {
            assertTrue(report.contains(String.format(java.util.Locale.FRENCH, "| %d | %.1f ms | %.1f ms | %.1f ms |",
                    round.clients(), round.api().percentileMillis(50), round.api().percentileMillis(95),
                    round.api().percentileMillis(99))), report);
        }
        assertTrue(report.contains("Ko par document") && report.contains("Réindexation"), report);
    }

    private static long count(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
