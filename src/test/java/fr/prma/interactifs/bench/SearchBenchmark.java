package fr.prma.interactifs.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.prma.interactifs.bench.SearchCorpus.Seeded;
import fr.prma.interactifs.bench.SearchCorpus.Visibility;
import fr.prma.interactifs.documents.search.LinkedIndexReplica;
import fr.prma.interactifs.documents.search.PlainLuceneSearch;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.testing.RunningProduct;

/**
 * {@code ./interactifs bench search}: the library's search at the size of years of documents, as a member who may
 * read about half of them, through the REST API (permission filter, exact totals, facets, snippets, database,
 * JSON, HTTP, token), against its baseline: the same queries straight on the same Lucene index, in the same run.
 *
 * <p>The product is started fresh, so that its database holds the demo directory; the people searched as are
 * recorded by a first API call, as their first sign-in would. It is stopped, the library is seeded into its
 * database and content store ({@link SearchCorpus}), the index is removed with {@code ./interactifs reindex},
 * and the product is started again: the rebuild it does at start is the re-index time measured. Once the
 * rebuild is done, the totals through the API must be the numbers of seeded documents each person may read,
 * or the figures would be those of a wrong answer and the benchmark stops.
 *
 * <p>Then, at each number of concurrent clients, the same requests go through the API and to the baseline
 * ({@link PlainLuceneSearch}: the product's analysis and query building, the 20 best by relevance, nothing
 * else), after a warm-up of both; and, to tell where the time goes, to the product's index class alone
 * ({@link LinkedIndexReplica}), whose totals must be the API's.
 */
public final class SearchBenchmark implements Benchmark {

    /** A person who sits in no body (README): they read what is visible to all, and the body facet is empty. */
    static final String OUTSIDER = "sarah.blanc";
    static final int PAGE_SIZE = 20;
    /** The goal of the issue for 100,000 documents, and the aim. */
    static final double GOAL_P95_MILLIS = 50;
    static final double AIM_P95_MILLIS = 20;

    private static final Pattern LOG_TIME = Pattern.compile("\\[timeMillis: (\\d+)\\]");
    private static final Pattern REBUILT = Pattern.compile("Search index rebuilt: (\\d+) documents");
    private static final String REBUILD_STARTED = "rebuilding it from the library";
    private static final String REBUILD_FAILED = "The rebuild of the search index failed";

    private final String dataName;

    public SearchBenchmark() {
        this("bench-search");
    }

    /** @param dataName the product's data directory under target/ */
    SearchBenchmark(String dataName) {
        this.dataName = dataName;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String run(BenchOptions options) throws Exception {
        return measure(options).markdown();
    }

    /** The options, with their defaults. */
    record Settings(int documents, List<Integer> clients, int queries, int requests, int warmup, String person,
            long seed, boolean keepData) {

        static Settings of(BenchOptions options) {
            return new Settings(options.integer("documents", 100_000), options.integers("clients", List.of(1, 8, 32)),
                    options.integer("queries", 200), options.integer("requests", 2_000),
                    options.integer("warmup", 500), options.text("person", "ines.garnier"),
                    options.integer("seed", 20_240_611), Boolean.parseBoolean(options.text("keep-data", "false")));
        }
    }

    /** One person's totals, through the API, for the word every seeded text holds. */
    record ReadCheck(String person, Set<BodyCode> seats, long expected, long observed,
            Map<BodyCode, Long> expectedByBody, Map<BodyCode, Long> observedByBody) {

        boolean holds() {
            return expected == observed && expectedByBody.equals(observedByBody);
        }
    }

    /** The rebuild at start, as the product's log dates it. */
    record Rebuild(long documents, Duration took, Duration fromLaunch) {
    }

    /** The queries of the mix and how many documents each one finds for the person (through the API). */
    record Mix(List<String> queries, long[] totals) {

        long phrases() {
            return queries.stream().filter(query -> query.startsWith("\"")).count();
        }

        /** How many queries have this many words typed (some of the vocabulary's nouns have several). */
        long ofWords(int words) {
            return queries.stream().filter(query -> query.replace("\"", "").split(" ").length == words).count();
        }

        long ofMoreWords(int words) {
            return queries.stream().filter(query -> query.replace("\"", "").split(" ").length > words).count();
        }

        long medianTotal() {
            long[] sorted = totals.clone();
            java.util.Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        double meanTotal() {
            return java.util.Arrays.stream(totals).average().orElse(0);
        }
    }

    /**
     * One number of clients: the API, the baseline, and between them the product's index class alone, in the
     * benchmark's process (access filter, exact total, facets, snippets; no service, database, JSON nor HTTP).
     */
    record Round(int clients, Load.Level api, Load.Level lucene, Load.Level index) {

        double ratioOfP95() {
            return api.percentileMillis(95) / lucene.percentileMillis(95);
        }
    }

    /** Everything measured, and the report. */
    record Measurement(Settings settings, Path dataDir, Seeded seeded, Duration startUp, String readiness,
            Rebuild rebuild,
            long indexedDocuments, long indexBytes, int segments, long markerUnfiltered, List<ReadCheck> checks,
            Mix mix, List<Round> rounds, String loadBefore, String loadAfter, Footprint idle, Footprint afterRounds) {

        int errors() {
            return rounds.stream().mapToInt(round -> round.api().errors() + round.lucene().errors()
                    + round.index().errors()).sum();
        }

        String markdown() {
            return SearchBenchmark.markdown(this);
        }
    }

    Measurement measure(BenchOptions options) throws Exception {
        Settings settings = Settings.of(options);
        System.out.printf(Locale.FRENCH, "Démarrage du produit (données : target/%s) ...%n", dataName);
        RunningProduct product = RunningProduct.startFresh(dataName);
        Path dataDir = product.dataDir();
        try {
            for (String person : List.of(settings.person(), OUTSIDER)) {
                // The first API call records the person and the bodies they sit in, as a first sign-in does.
                try (ApiSearch api = new ApiSearch(product, person, PAGE_SIZE)) {
                    api.search(SearchCorpus.MARKER);
                }
            }
            product.stop();

            Map<BodyCode, Long> bodyIds = SearchCorpus.bodyIds(dataDir);
            Map<String, Set<BodyCode>> seats = Map.of(settings.person(), SearchCorpus.bodiesOf(dataDir,
                    settings.person()), OUTSIDER, SearchCorpus.bodiesOf(dataDir, OUTSIDER));
            System.out.printf(Locale.FRENCH, "Écriture de %,d documents lus (base de données et magasin de contenus)"
                    + " ...%n", settings.documents());
            Seeded seeded = SearchCorpus.seed(dataDir, settings.documents(), settings.seed());
            reindex(product);

            System.out.println("Redémarrage : le produit reconstruit l'index ...");
            Instant launched = Instant.now();
            product.restart();
            Duration startUp = Duration.between(launched, Instant.now());
            String readiness = product.readiness();
            Rebuild rebuild = awaitRebuild(dataDir.resolve("logs").resolve("payara.log"), launched,
                    settings.documents());
            System.out.printf(Locale.FRENCH, "Index reconstruit : %,d documents en %d s%n", rebuild.documents(),
                    rebuild.took().toSeconds());

            List<ReadCheck> checks = new ArrayList<>();
            for (String person : List.of(settings.person(), OUTSIDER)) {
                try (ApiSearch api = new ApiSearch(product, person, PAGE_SIZE)) {
                    checks.add(readCheck(api.search(SearchCorpus.MARKER), person, seats.get(person), seeded,
                            bodyIds));
                }
            }
            for (ReadCheck check : checks) {
                if (!check.holds()) {
                    throw new IllegalStateException("La recherche de « " + SearchCorpus.MARKER + " » par "
                            + check.person() + " compte " + check.observed() + " documents " + check.observedByBody()
                            + " ; attendu : " + check.expected() + " " + check.expectedByBody()
                            + ". Les mesures seraient celles d'une mauvaise réponse.");
                }
            }

            Footprint idle = Footprint.of(product.processes());

            Path replicaRoot = dataDir.resolveSibling(dataName + "-replica");
            deleteRecursively(replicaRoot);
            Set<Long> seatIds = seats.get(settings.person()).stream().map(bodyIds::get).collect(Collectors.toSet());
            try (ApiSearch api = new ApiSearch(product, settings.person(), PAGE_SIZE);
                    PlainLuceneSearch lucene = PlainLuceneSearch.openNewest(dataDir.resolve("index"));
                    LinkedIndexReplica index = LinkedIndexReplica.of(lucene.generation(), replicaRoot)) {
                long markerUnfiltered = lucene.count(SearchCorpus.MARKER);
                if (markerUnfiltered != seeded.live()) {
                    throw new IllegalStateException("L'index lu directement compte " + markerUnfiltered
                            + " documents pour « " + SearchCorpus.MARKER + " » ; attendu : " + seeded.live()
                            + " (les documents hors de la corbeille)");
                }
                List<String> queries = queries(settings.queries(), settings.seed());
                System.out.printf(Locale.FRENCH, "Chauffe : %d requêtes distinctes, puis %d requêtes à %d clients,"
                        + " par l'API et sur l'index ...%n", queries.size(), settings.warmup(), maxOf(settings.clients()));
                long[] totals = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    totals[i] = api.search(queries.get(i)).total();
                    lucene.best(queries.get(i), PAGE_SIZE);
                    long inProcess = index.search(queries.get(i), PAGE_SIZE, seatIds);
                    if (inProcess != totals[i]) {
                        throw new IllegalStateException("« " + queries.get(i) + " » : " + totals[i] + " documents par"
                                + " l'API, " + inProcess + " par l'index du produit dans le banc");
                    }
                }
                Load.Search throughApi = query -> api.search(query);
                Load.Search straight = query -> lucene.best(query, PAGE_SIZE);
                Load.Search inProcess = query -> index.search(query, PAGE_SIZE, seatIds);
                Load.run(queries, maxOf(settings.clients()), settings.warmup(), throughApi);
                Load.run(queries, maxOf(settings.clients()), settings.warmup(), straight);
                Load.run(queries, maxOf(settings.clients()), settings.warmup(), inProcess);

                String loadBefore = Machine.loadAverage();
                List<Round> rounds = new ArrayList<>();
                for (int clients : settings.clients()) {
                    Load.Level viaApi = Load.run(queries, clients, settings.requests(), throughApi);
                    Load.Level viaLucene = Load.run(queries, clients, settings.requests(), straight);
                    Load.Level viaIndex = Load.run(queries, clients, settings.requests(), inProcess);
                    Round round = new Round(clients, viaApi, viaLucene, viaIndex);
                    rounds.add(round);
                    System.out.printf(Locale.FRENCH, "%d client(s) : API p95 %.1f ms, %.0f req/s ; Lucene p95 %.1f ms,"
                            + " %.0f req/s ; index du produit p95 %.1f ms ; erreurs %d%n", clients,
                            viaApi.percentileMillis(95), viaApi.perSecond(), viaLucene.percentileMillis(95),
                            viaLucene.perSecond(), viaIndex.percentileMillis(95),
                            viaApi.errors() + viaLucene.errors() + viaIndex.errors());
                }
                return new Measurement(settings, dataDir, seeded, startUp, readiness, rebuild, lucene.documents(),
                        lucene.bytesOnDisk(), lucene.segments(), markerUnfiltered, checks, new Mix(queries, totals),
                        rounds, loadBefore, Machine.loadAverage(), idle, Footprint.of(product.processes()));
            }
        } catch (RuntimeException | IOException e) {
            System.err.println(product.logTail());
            throw e;
        } finally {
            product.stop();
            if (!settings.keepData()) {
                deleteRecursively(dataDir);
            }
        }
    }

    private static int maxOf(List<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** {@code ./interactifs reindex}, the operator's way to have the index rebuilt at the next start. */
    private static void reindex(RunningProduct product) throws IOException, InterruptedException {
        Path basedir = Path.of(System.getProperty("interactifs.basedir", ".")).toAbsolutePath();
        ProcessBuilder launcher = new ProcessBuilder(basedir.resolve("interactifs").toString(), "reindex")
                .directory(basedir.toFile()).redirectErrorStream(true);
        launcher.environment().put("INTERACTIFS_DATA_DIR", product.dataDir().toString());
        launcher.environment().put("INTERACTIFS_PORT", Integer.toString(product.appPort()));
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || Files.exists(product.dataDir().resolve("index"))) {
            throw new IllegalStateException("./interactifs reindex a échoué : " + output);
        }
    }

    /**
     * Waits for the log's line that the rebuild is done, and dates the rebuild by the log's own times; fails as
     * soon as the log says it failed.
     */
    private static Rebuild awaitRebuild(Path log, Instant launched, int documents)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10).plusMillis(documents * 20L));
        while (Instant.now().isBefore(deadline)) {
            Long started = null;
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                Matcher time = LOG_TIME.matcher(line);
                if (line.contains(REBUILD_FAILED)) {
                    throw new IllegalStateException("La reconstruction de l'index a échoué : voir " + log);
                }
                if (line.contains(REBUILD_STARTED) && time.find()) {
                    started = Long.parseLong(time.group(1));
                }
                Matcher rebuilt = REBUILT.matcher(line);
                if (started != null && rebuilt.find() && time.find()) {
                    long ended = Long.parseLong(time.group(1));
                    return new Rebuild(Long.parseLong(rebuilt.group(1)), Duration.ofMillis(ended - started),
                            Duration.ofMillis(ended - launched.toEpochMilli()));
                }
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("L'index n'était pas reconstruit à temps : voir " + log);
    }

    private static ReadCheck readCheck(ApiSearch.Answer answer, String person, Set<BodyCode> seats, Seeded seeded,
            Map<BodyCode, Long> bodyIds) {
        Map<BodyCode, Long> observedByBody = new EnumMap<>(BodyCode.class);
        bodyIds.forEach((code, id) -> {
            Long count = answer.bodyCounts().get(id);
            if (count != null) {
                observedByBody.put(code, count);
            }
        });
        if (answer.bodyCounts().size() != observedByBody.size()) {
            throw new IllegalStateException("Facette des instances : valeurs inconnues " + answer.bodyCounts());
        }
        return new ReadCheck(person, seats, seeded.readableBy(seats), answer.total(), seeded.readableByBody(seats),
                observedByBody);
    }

    /** The mix: distinct queries as people type them, from a generator of their own seed. */
    static List<String> queries(int count, long seed) {
        FrenchText typing = new FrenchText(seed ^ 0x51_7E_A2_C4L);
        Set<String> queries = new LinkedHashSet<>();
        for (int attempts = 0; queries.size() < count && attempts < count * 100; attempts++) {
            queries.add(typing.query());
        }
        return List.copyOf(queries);
    }

    // ----- Report -----

    private static String markdown(Measurement m) {
        Settings s = m.settings();
        Seeded seeded = m.seeded();
        ReadCheck mine = m.checks().get(0);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.FRENCH, "### Recherche : %,d documents, en tant que %s%n%n", s.documents(),
                s.person()));
        md.append(String.format(Locale.FRENCH, "- Corpus : %,d documents lus (graine %d), dont %,d à la corbeille,"
                + " textes de français de 1 à 20 Ko (tirage log-uniforme), %,.1f Ko en moyenne, %,.0f Mo en tout."
                + " Visibilité : %s.%n", s.documents(), s.seed(), seeded.inBin(),
                seeded.textBytes() / 1024.0 / s.documents(), seeded.textBytes() / 1024.0 / 1024.0,
                visibilityMix(seeded)));
        md.append(String.format(Locale.FRENCH, "- %s (%s) peut en lire %,d (%.1f %%) ; %s (aucune instance) %,d."
                + " Totaux et facette des instances de l'API pour « %s » : conformes.%n", s.person(),
                seatsText(mine.seats()), mine.observed(), 100.0 * mine.observed() / seeded.live(), OUTSIDER,
                m.checks().get(1).observed(), SearchCorpus.MARKER));
        md.append(String.format(Locale.FRENCH, "- Écriture du corpus (JDBC par lots et magasin de contenus) : %d s.%n",
                seeded.took().toSeconds()));
        md.append(String.format(Locale.FRENCH, "- Réindexation (`./interactifs reindex` puis démarrage) : %,d documents"
                + " en %d s d'après le journal (%,.0f documents/s) ; index complet %d s après le lancement"
                + " (produit prêt en %d s).%n", m.rebuild().documents(), m.rebuild().took().toSeconds(),
                m.rebuild().documents() / Math.max(0.001, m.rebuild().took().toMillis() / 1000.0),
                m.rebuild().fromLaunch().toSeconds(), m.startUp().toSeconds()));
        md.append(String.format(Locale.FRENCH, "- Temps jusqu'à prêt à ce démarrage, selon le lanceur : %s Celui "
                + "d'un worker d'extraction est mesuré par le banc d'ingestion.%n", m.readiness().isEmpty()
                        ? "non indiqué." : m.readiness()));
        md.append(String.format(Locale.FRENCH, "- Mémoire résidente (RSS) des processus du produit : au repos, index"
                + " reconstruit, %s ; après les paliers de recherche, %s.%n", m.idle().text(), m.afterRounds().text()));
        md.append(String.format(Locale.FRENCH, "- Index : %,.0f Mo, soit %,.1f Ko par document (%.2f fois le texte),"
                + " %d segments.%n", m.indexBytes() / 1024.0 / 1024.0, m.indexBytes() / 1024.0 / m.indexedDocuments(),
                (double) m.indexBytes() / seeded.textBytes(), m.segments()));
        Mix mix = m.mix();
        md.append(String.format(Locale.FRENCH, "- Requêtes : %d distinctes, prises à tour de rôle (%d d'un mot, %d de"
                + " deux, %d de trois, %d de plus, dont %d expressions entre guillemets) ; chacune trouve en moyenne"
                + " %,.0f documents lisibles (médiane %,d).%n", mix.queries().size(), mix.ofWords(1), mix.ofWords(2),
                mix.ofWords(3), mix.ofMoreWords(3), mix.phrases(), mix.meanTotal(), mix.medianTotal()));
        md.append(String.format(Locale.FRENCH, "- API : `GET /api/documents/recherche?q=…&taille=%d` avec le jeton de"
                + " %s (filtre des droits, total exact, facettes, extraits `<mark>`, base de données, JSON, HTTP)."
                + " Référence : les mêmes requêtes directement sur le même index Lucene, dans le processus du banc,"
                + " même analyse et même construction de requête (`TypedWords`), les %d meilleurs par pertinence,"
                + " sans droits, sans total exact, sans facettes ni extraits.%n", PAGE_SIZE, s.person(), PAGE_SIZE));
        md.append(String.format(Locale.FRENCH, "- %,d requêtes par palier après une chauffe de %,d ; les clients"
                + " tournent sur la même machine que le produit (charge moyenne sur une minute : %s au début des"
                + " paliers, %s à la fin ; au-delà du nombre de cœurs, d'autres travaux prenaient du processeur)."
                + " Erreurs : %d.%n%n", s.requests(), s.warmup(), m.loadBefore(), m.loadAfter(), m.errors()));

        md.append("| Clients | API p50 | API p95 | API p99 | API req/s | Lucene p50 | Lucene p95 | Lucene p99"
                + " | Lucene req/s | p95 API / Lucene |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Round round : m.rounds()) {
            md.append(String.format(Locale.FRENCH, "| %d | %s | %s | %s | %.0f | %s | %s | %s | %.0f | %.1f |%n",
                    round.clients(), ms(round.api(), 50), ms(round.api(), 95), ms(round.api(), 99),
                    round.api().perSecond(), ms(round.lucene(), 50), ms(round.lucene(), 95), ms(round.lucene(), 99),
                    round.lucene().perSecond(), round.ratioOfP95()));
        }
        md.append(String.format(Locale.FRENCH, "%nOù passe le temps : entre la référence et l'API, la classe d'index du"
                + " produit (`LuceneSearchIndex.search` : filtre des droits, total exact et facettes sur tous les"
                + " résultats, extraits), mesurée seule dans le processus du banc sur une réplique de l'index (liens"
                + " physiques vers ses fichiers) ; le reste de l'API est le service (droits de la personne, documents"
                + " lus en base), JSON, HTTP et le jeton.%n%n"));
        md.append("| Clients | Lucene p50 | Lucene p95 | Index du produit p50 | Index du produit p95 | API p50 | API p95 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Round round : m.rounds()) {
            md.append(String.format(Locale.FRENCH, "| %d | %s | %s | %s | %s | %s | %s |%n", round.clients(),
                    ms(round.lucene(), 50), ms(round.lucene(), 95), ms(round.index(), 50), ms(round.index(), 95),
                    ms(round.api(), 50), ms(round.api(), 95)));
        }
        md.append('\n');
        for (Round round : m.rounds()) {
            for (Load.Level level : List.of(round.api(), round.lucene(), round.index())) {
                if (level.firstError() != null) {
                    md.append("Première erreur à ").append(round.clients()).append(" client(s) : ")
                            .append(level.firstError()).append("\n\n");
                }
            }
        }
        md.append(String.format(Locale.FRENCH, "Objectif p95 ≤ %.0f ms à %,d documents (visée ≤ %.0f ms) : %s.%n",
                GOAL_P95_MILLIS, s.documents(), AIM_P95_MILLIS, m.rounds().stream()
                        .map(round -> round.clients() + " client(s) " + verdict(round.api().percentileMillis(95)))
                        .collect(Collectors.joining(", "))));
        return md.toString();
    }

    private static String verdict(double p95) {
        String figure = String.format(Locale.FRENCH, "%.1f ms", p95);
        return p95 <= AIM_P95_MILLIS ? "tenu et visée atteinte (" + figure + ")"
                : p95 <= GOAL_P95_MILLIS ? "tenu (" + figure + ")" : "non tenu (" + figure + ")";
    }

    private static String ms(Load.Level level, double percent) {
        return String.format(Locale.FRENCH, "%.1f ms", level.percentileMillis(percent));
    }

    private static String visibilityMix(Seeded seeded) {
        List<String> parts = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            int count = seeded.byVisibility().getOrDefault(visibility, 0);
            parts.add(String.format(Locale.FRENCH, "%s %.1f %%", visibility.label, 100.0 * count / seeded.live()));
        }
        return String.join(", ", parts);
    }

    private static String seatsText(Set<BodyCode> seats) {
        Map<BodyCode, String> names = new EnumMap<>(Map.of(BodyCode.WORKING_GROUP, "groupe de travail resserré",
                BodyCode.DEPARTMENTAL_MEETING, "réunion départementale", BodyCode.STEERING_COMMITTEE,
                "comité de pilotage"));
        return seats.isEmpty() ? "aucune instance"
                : seats.stream().map(names::get).collect(Collectors.joining(", "));
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
