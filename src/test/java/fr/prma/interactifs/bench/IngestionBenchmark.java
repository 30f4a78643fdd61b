package fr.prma.interactifs.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./interactifs bench ingestion}: how fast the library takes in a batch of office documents, from the
 * deposit through the REST API to the moment a search finds them, against Tika alone reading the same files on
 * the same number of threads, in the same run.
 *
 * <p>Goals (issue "ingestion benchmark"): on 2 cores, at least 0.7 times the throughput of Tika alone, and at
 * least 10 documents a second.
 *
 * <p>Both sides first read a smaller warm-up corpus of other files, off the clock, so that what is compared is
 * the steady pace of a running product and of a running Tika, not the compilation of fresh JVMs; the warm-up
 * figures are reported too, since a product restarted just before a bulk import pays them.
 *
 * <p>Options: {@code --documents} (files in the corpus, {@value #DOCUMENTS}), {@code --seed} (of the corpus,
 * {@value #SEED}), {@code --warmup} (files of the warm-up corpus, {@value #WARMUP}; 0 measures fresh JVMs),
 * {@code --workers} (extraction workers of the product, hence threads of Tika alone, {@value #WORKERS}),
 * {@code --uploaders} (concurrent deposits, {@value #UPLOADERS}), {@code --jvm} (more options for the product's
 * JVM, such as a profiler's).
 */
public final class IngestionBenchmark implements Benchmark {

    static final int DOCUMENTS = 1000;
    static final int SEED = 20_240_917;
    static final int WARMUP = 100;
    static final int WORKERS = 2;
    static final int UPLOADERS = 2;
    static final double GOAL_RATIO = 0.7;
    static final double GOAL_DOCUMENTS_PER_SECOND = 10;

    /** Tika alone and the product on one corpus. */
    record Figures(Corpus corpus, TikaBaseline.Result baseline, ProductIngestion.Result product) {

        double ratio() {
            return product.documentsPerSecond() / baseline.documentsPerSecond();
        }
    }

    /** The measure, and the warm-up before it (null when there was none). */
    record Outcome(Figures measured, Figures warmup) {

        boolean ratioHolds() {
            return measured.ratio() >= GOAL_RATIO;
        }

        boolean throughputHolds() {
            return measured.product().documentsPerSecond() >= GOAL_DOCUMENTS_PER_SECOND;
        }
    }

    @Override
    public String name() {
        return "ingestion";
    }

    @Override
    public String run(BenchOptions options) throws Exception {
        return report(measure(options));
    }

    /** Generates the corpora, then runs Tika alone and the product on them. */
    Outcome measure(BenchOptions options) throws Exception {
        int documents = options.integer("documents", DOCUMENTS);
        int seed = options.integer("seed", SEED);
        int warmup = options.count("warmup", WARMUP);
        int workers = options.integer("workers", WORKERS);
        int uploaders = options.integer("uploaders", UPLOADERS);
        String jvmOptions = options.text("jvm", "");
        Path target = Path.of(System.getProperty("interactifs.basedir", "."), "target").toAbsolutePath();
        Path work = target.resolve("bench").resolve("ingestion");

        List<Corpus> corpora = new ArrayList<>();
        if (warmup > 0) {
            corpora.add(corpus(work.resolve("warmup"), warmup, seed + 1L, "échauffement"));
        }
        Corpus corpus = corpus(work.resolve("corpus"), documents, seed, "mesure");
        corpora.add(corpus);

        System.out.println("Tika seul, " + workers + " fil(s) ...");
        List<TikaBaseline.Result> baselines = TikaBaseline.run(corpora, workers,
                target.resolve("runtime").resolve("tika"), work.resolve("tika-alone"));
        for (int i = 0; i < corpora.size(); i++) {
            TikaBaseline.Result baseline = baselines.get(i);
            System.out.printf(Locale.FRANCE, "Tika seul : %d fichiers en %.1f s, %.1f documents/s%n",
                    baseline.files(), baseline.seconds(), baseline.documentsPerSecond());
            if (baseline.found() != corpora.get(i).files().size()) {
                throw new IllegalStateException("Tika seul n'a trouvé le marqueur que dans " + baseline.found()
                        + " fichiers sur " + corpora.get(i).files().size() + " (" + baseline.failed()
                        + " échecs) : voir " + work.resolve("tika-alone/tika-alone.log"));
            }
        }

        List<ProductIngestion.Result> products = ProductIngestion.run(corpora, workers, uploaders, jvmOptions);
        for (ProductIngestion.Result product : products) {
            System.out.printf(Locale.FRANCE, "Produit : %d documents cherchables en %.1f s, %.1f documents/s%n",
                    product.searchable(), product.seconds(), product.documentsPerSecond());
        }
        int last = corpora.size() - 1;
        return new Outcome(new Figures(corpus, baselines.get(last), products.get(last)),
                warmup > 0 ? new Figures(corpora.get(0), baselines.get(0), products.get(0)) : null);
    }

    private static Corpus corpus(Path directory, int documents, long seed, String purpose) throws Exception {
        String marker = marker();
        System.out.println("Corpus de " + purpose + " : " + documents + " fichiers, graine " + seed + ", marqueur « "
                + marker + " » ...");
        long started = System.nanoTime();
        Corpus corpus = Corpus.generate(directory, documents, seed, marker);
        System.out.printf(Locale.FRANCE, "Écrit en %.0f s dans %s%n%s%n", (System.nanoTime() - started) / 1e9,
                corpus.directory(), corpus.describe());
        return corpus;
    }

    /** A word of this corpus only, so that nothing but its files can match it. */
    private static String marker() {
        Random random = new Random();
        StringBuilder marker = new StringBuilder("lot");
        for (int i = 0; i < 9; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }

    /** The Markdown section: the two figures and their ratio, the goals, where the time goes, the settings. */
    static String report(Outcome outcome) {
        Figures measured = outcome.measured();
        Corpus corpus = measured.corpus();
        TikaBaseline.Result baseline = measured.baseline();
        ProductIngestion.Result product = measured.product();
        StringBuilder report = new StringBuilder();
        report.append("### Ingestion : dépôt → stocké → texte extrait → cherchable\n\n");
        report.append("| Mesure | Documents | Mo | Durée (s) | Documents/s | Mo/s |\n");
        report.append("|---|---:|---:|---:|---:|---:|\n");
        report.append(format("| Tika seul, %d fil(s) (référence) | %d | %.1f | %.1f | %.2f | %.2f |\n",
                baseline.threads(), baseline.files(), corpus.megabytes(), baseline.seconds(),
                baseline.documentsPerSecond(), baseline.megabytesPerSecond()));
        report.append(format("| Produit, %d worker(s), %d déposant(s) | %d | %.1f | %.1f | %.2f | %.2f |\n",
                product.workers(), product.uploaders(), product.searchable(), corpus.megabytes(), product.seconds(),
                product.documentsPerSecond(), product.megabytesPerSecond()));
        report.append("\n| Objectif | Mesuré | Cible | Tenu |\n|---|---:|---:|---|\n");
        report.append(format("| Débit du produit / débit de Tika seul | %.2f | ≥ %.1f | %s |\n", measured.ratio(),
                GOAL_RATIO, outcome.ratioHolds() ? "oui" : "**non**"));
        report.append(format("| Débit du produit | %.2f documents/s | ≥ %.0f documents/s | %s |\n",
                product.documentsPerSecond(), GOAL_DOCUMENTS_PER_SECOND,
                outcome.throughputHolds() ? "oui" : "**non**"));

        report.append("\nTemps processeur par document, tous cœurs confondus (ce qu'un document coûte, même sur une "
                + "machine partagée) :\n\n");
        processorTime(report, measured);

        Figures warmup = outcome.warmup();
        if (warmup != null) {
            report.append(format("\nÉchauffement, avant le chronomètre : %d autres fichiers (%.1f Mo), lus par une JVM "
                    + "de Tika neuve et déposés dans un produit démarré à neuf (compilation à la volée, démarrage des "
                    + "workers) :\n\n", warmup.corpus().files().size(), warmup.corpus().megabytes()));
            report.append("| Échauffement | Durée (s) | Documents/s | ms processeur/document |\n|---|---:|---:|---:|\n");
            report.append(format("| Tika seul | %.1f | %.2f | %.0f |\n", warmup.baseline().seconds(),
                    warmup.baseline().documentsPerSecond(),
                    perDocument(warmup.baseline().processorTime(), warmup.baseline().files())));
            report.append(format("| Produit | %.1f | %.2f | %.0f |\n", warmup.product().seconds(),
                    warmup.product().documentsPerSecond(),
                    perDocument(productTotal(warmup.product()), warmup.product().searchable())));
            report.append(format("| Rapport produit / Tika seul | | %.2f | |\n", warmup.ratio()));
        }

        report.append(format("\n- Produit : chronomètre du premier dépôt (API REST, compte de service d'import) à la "
                + "recherche qui trouve les %d fichiers par leur marqueur ; dépôts terminés à %.1f s (%.1f dépôts/s). "
                + "Options de sa JVM : `%s`.\n", product.deposited(), product.uploads().toNanos() / 1e9,
                product.depositsPerSecond(), product.javaOptions()));
        report.append(format("- Tika seul : AutoDetectParser avec la configuration Tika des workers du produit "
                + "(mêmes analyseurs, limites XML et anti-bombes zip, détection de la langue, texte coupé à %,d "
                + "caractères), un fichier après l'autre sur chaque fil, dans une JVM à part (classpath "
                + "`target/runtime/tika`, -Xmx%dm, SerialGC). Chronomètre du premier fichier au dernier ; le démarrage "
                + "de la JVM et le chargement de la configuration (%.1f s : le temps jusqu'à prêt d'un worker "
                + "d'extraction) ne sont pas comptés. Marqueur trouvé dans "
                + "%d fichiers sur %d, %d échec(s), %d texte(s) coupé(s), %.1f millions de caractères lus.\n",
                baseline.maxCharacters(), baseline.heapMegabytes(), baseline.startup().toMillis() / 1000.0,
                baseline.found(), baseline.files(), baseline.failed(), baseline.truncated(),
                baseline.characters() / 1e6));
        report.append(format("- Corpus : %d fichiers, %.1f Mo, graine %d, textes en français générés "
                + "(FrenchText) ; chaque fichier porte dans son texte un marqueur propre à la mesure.\n\n",
                corpus.files().size(), corpus.megabytes(), corpus.seed()));
        report.append(corpus.describe());
        return report.toString();
    }

    private static void processorTime(StringBuilder report, Figures figures) {
        report.append("| Où | ms/document |\n|---|---:|\n");
        report.append(format("| Tika seul | %.0f |\n",
                perDocument(figures.baseline().processorTime(), figures.baseline().files())));
        ProductIngestion.Result product = figures.product();
        for (Map.Entry<ProcessorTime.Part, Duration> part : product.processorTime().entrySet()) {
            report.append(format("| %s%s | %.0f |\n", part.getKey() == ProcessorTime.Part.BENCH ? "" : "Produit : ",
                    part.getKey().label(), perDocument(part.getValue(), product.searchable())));
        }
        report.append(format("| Produit, total (sans le banc) | %.0f |\n",
                perDocument(productTotal(product), product.searchable())));
    }

    private static Duration productTotal(ProductIngestion.Result product) {
        return product.processorTime().entrySet().stream().filter(part -> part.getKey() != ProcessorTime.Part.BENCH)
                .map(Map.Entry::getValue).reduce(Duration.ZERO, Duration::plus);
    }

    private static double perDocument(Duration time, int documents) {
        return time.toNanos() / 1e6 / documents;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.FRANCE, pattern, values);
    }
}
