package fr.prma.interactifs.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import fr.prma.interactifs.testing.RunningProduct;

/**
 * The product side of the ingestion benchmark: the whole product started fresh ({@code ./interactifs serve}),
 * the corpus deposited through the REST API by a few concurrent uploaders, and the search API asked for the
 * marker until it finds every deposited file. The clock runs from the first deposit to the search that finds them
 * all: reception, storage, the database, the extraction queue, the worker JVMs (started by the first extraction,
 * as after any restart), the search index.
 */
final class ProductIngestion {

    /**
     * Between two searches for the marker: the figures are rounded up by this much at most, and the searches
     * take little of the processor time measured.
     */
    private static final long POLL_MILLIS = 500;
    /** How often the processor time of the product's processes is read. */
    private static final long SAMPLE_MILLIS = 1_000;
    /** How often the progress is printed. */
    private static final long PROGRESS_MILLIS = 10_000;
    /** No new searchable document for this long means something is stuck. */
    private static final Duration STALL = Duration.ofMinutes(3);
    /** The longest a run may take, whatever its progress: five minutes and two seconds a document. */
    private static final Duration BASE_DEADLINE = Duration.ofMinutes(5);
    private static final Duration DEADLINE_PER_DOCUMENT = Duration.ofSeconds(2);

    /** What the product did, and when. */
    record Result(int workers, int uploaders, String javaOptions, int deposited, int searchable, Duration elapsed,
            Duration uploads, long bytes, Map<ProcessorTime.Part, Duration> processorTime) {

        double documentsPerSecond() {
            return searchable / seconds();
        }

        double megabytesPerSecond() {
            return bytes / 1_000_000.0 / seconds();
        }

        double seconds() {
            return elapsed.toNanos() / 1e9;
        }

        /** Deposits per second while the uploaders were sending. */
        double depositsPerSecond() {
            return deposited / (uploads.toNanos() / 1e9);
        }
    }

    private ProductIngestion() {
    }

    /**
     * Starts the product with that many extraction workers (and those JVM options besides {@code -Xmx1g}), then,
     * for each corpus in turn (a warm-up, then the measure), deposits it with that many uploaders and waits until
     * a search for its marker finds every file.
     *
     * @return the figures of each corpus, in the same order
     * @throws IllegalStateException when a deposit is refused, or when the search stops finding more documents
     *                               (with the documents whose extraction is not done)
     */
    static List<Result> run(List<Corpus> corpora, int workers, int uploaders, String jvmOptions)
            throws IOException, InterruptedException {
        String javaOptions = ("-Xmx1g -Dinteractifs.extraction.concurrency=" + workers + " " + jvmOptions).strip();
        Map<String, String> environment = Map.of("INTERACTIFS_JAVA_OPTS", javaOptions);
        System.out.println("Démarrage du produit (" + workers + " worker(s) d'extraction) ...");
        try (RunningProduct product = RunningProduct.startFresh("bench-ingestion", environment)) {
            IngestionApi api = new IngestionApi(product);
            api.signIn();
            List<Result> results = new ArrayList<>();
            for (Corpus corpus : corpora) {
                System.out.println("Dépôt de " + corpus.files().size() + " fichiers par " + uploaders
                        + " déposants, jusqu'à ce que tous soient cherchables ...");
                results.add(measure(product, api, corpus, workers, uploaders, javaOptions));
            }
            return results;
        }
    }

    private static Result measure(RunningProduct product, IngestionApi api, Corpus corpus, int workers,
            int uploaders, String javaOptions) throws IOException, InterruptedException {
        List<Corpus.File> files = corpus.files();
        ConcurrentLinkedQueue<String> deposited = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicLong lastDeposit = new AtomicLong();
        AtomicReference<Exception> refused = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(uploaders);

        ProcessorTime processorTime = new ProcessorTime(product.processes());
        long start = System.nanoTime();
        long deadline = start + BASE_DEADLINE.plus(DEADLINE_PER_DOCUMENT.multipliedBy(files.size())).toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < uploaders; u++) {
            running.add(pool.submit(() -> {
                for (int i; refused.get() == null && (i = next.getAndIncrement()) < files.size();) {
                    try {
                        deposited.add(api.deposit(files.get(i)));
                        lastDeposit.set(System.nanoTime());
                    } catch (IOException | RuntimeException e) {
                        refused.compareAndSet(null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        pool.shutdown();
        try {
            int searchable = 0;
            long lastProgress = start;
            long lastGain = start;
            long lastSample = start;
            while (true) {
                if (refused.get() != null) {
                    throw new IllegalStateException("Un dépôt a échoué : " + refused.get().getMessage(), refused.get());
                }
                boolean allSent = pool.isTerminated();
                int found = api.searchTotal(corpus.marker());
                long now = System.nanoTime();
                if (found > searchable) {
                    searchable = found;
                    lastGain = now;
                }
                if (allSent && refused.get() == null && searchable >= deposited.size()) {
                    processorTime.sample(product.processes());
                    return new Result(workers, uploaders, javaOptions, deposited.size(), searchable,
                            Duration.ofNanos(now - start), Duration.ofNanos(lastDeposit.get() - start), corpus.bytes(),
                            processorTime.used());
                }
                if (now - lastSample >= TimeUnit.MILLISECONDS.toNanos(SAMPLE_MILLIS)) {
                    lastSample = now;
                    processorTime.sample(product.processes());
                }
                if (now - lastProgress >= TimeUnit.MILLISECONDS.toNanos(PROGRESS_MILLIS)) {
                    lastProgress = now;
                    System.out.printf(Locale.FRANCE, "  %5.0f s : %d/%d déposés, %d cherchables%n", (now - start) / 1e9,
                            deposited.size(), files.size(), searchable);
                }
                if (now - lastGain > STALL.toNanos() || now > deadline) {
                    throw new IllegalStateException((now > deadline ? "Délai dépassé"
                            : "Plus aucun document devenu cherchable depuis " + STALL.toMinutes() + " min")
                            + " : " + searchable + " cherchables sur " + deposited.size() + " déposés ("
                            + files.size() + " à déposer). " + notDone(api, deposited));
                }
                Thread.sleep(POLL_MILLIS);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            for (Future<?> uploader : running) {
                uploader.cancel(true);
            }
        }
    }

    /** The documents whose extraction is not DONE, grouped by status, to say where ingestion stopped. */
    private static String notDone(IngestionApi api, Iterable<String> documentIds)
            throws IOException, InterruptedException {
        Map<String, List<String>> byStatus = new TreeMap<>();
        for (String id : documentIds) {
            String status = api.extractionStatus(id);
            if (!status.equals("DONE")) {
                byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(id);
            }
        }
        if (byStatus.isEmpty()) {
            return "Toutes les extractions sont DONE : c'est l'index de recherche qui ne suit pas.";
        }
        StringBuilder text = new StringBuilder("Documents dont l'extraction n'est pas DONE :");
        byStatus.forEach((status, ids) -> text.append("\n  ").append(status).append(" (").append(ids.size())
                .append(") : ").append(String.join(", ", ids.subList(0, Math.min(ids.size(), 100))))
                .append(ids.size() > 100 ? ", ..." : ""));
        return text.toString();
    }
}
