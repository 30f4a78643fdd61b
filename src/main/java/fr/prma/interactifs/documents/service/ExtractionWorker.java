package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.prma.interactifs.documents.extraction.ExtractionFailure;
import fr.prma.interactifs.documents.extraction.ExtractionOutcome;
import fr.prma.interactifs.documents.extraction.ExtractionResult;
import fr.prma.interactifs.documents.extraction.TextExtractor;
import fr.prma.interactifs.documents.storage.ContentStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

/**
 * Reads the text of deposited versions, a few at a time, in the extraction worker's own JVM (see
 * {@link TextExtractor}). Versions are queued in the database (PENDING): the worker is told of new ones as
 * soon as their deposit commits, and also sweeps the queue at start-up and every half minute, so work
 * interrupted by a stop resumes and nothing waits forever. A file whose extraction fails, times out or kills
 * the worker fails alone; the others go on.
 * <p>
 * Bounded: at most {@code interactifs.extraction.concurrency} files are parsed at once, so that interactive
 * requests keep their share of the processors; what people deposit is read before what imports bring
 * ({@link ExtractionQueue}). One application instance runs the queue (several instances
 * would each parse the same pending versions: harmless but wasteful; a claim column is the step for then).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExtractionWorker {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private TimerService timers;

    @EJB
    private Extractions extractions;

    @Inject
    private TextExtractor extractor;

    @Inject
    private ContentStore store;

    @Inject
    private DocumentSettings settings;

    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    private final ExtractionQueue order = new ExtractionQueue();

    private ExecutorService pool;

    @PostConstruct
    void start() {
        int concurrency = settings.extractionConcurrency();
        pool = new ThreadPoolExecutor(concurrency, concurrency, 1, TimeUnit.MINUTES, ExtractionQueue.newQueue(),
                threads);
        // The first sweep a little after start-up, once the application is deployed.
        timers.createSingleActionTimer(3_000, new TimerConfig("first sweep", false));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Timeout
    void firstSweep() {
        sweep();
    }

    /** Queues every version still waiting that is not queued yet. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        try {
            extractions.pending().forEach(this::submit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the extraction queue; next sweep in 30 s", e);
        }
    }

    /** Queues one version for extraction, unless it is queued already; found by a sweep, it is not an import's. */
    public void submit(long versionId) {
        submit(versionId, false);
    }

    /** Queues one version for extraction, unless it is queued already; an import's comes after the others. */
    public void submit(long versionId, boolean imported) {
        if (!queued.add(versionId)) {
            return;
        }
        try {
            pool.execute(order.task(imported, () -> {
                try {
                    extract(versionId);
                } finally {
                    queued.remove(versionId);
                }
            }));
        } catch (RejectedExecutionException stopping) {
            queued.remove(versionId);
        }
    }

    /** Number of versions queued or being read now. */
    public int backlog() {
        return queued.size();
    }

    private void extract(long versionId) {
        try {
            Optional<String> content = extractions.contentToExtract(versionId);
            if (content.isEmpty()) {
                return;
            }
            ExtractionResult result;
            try {
                result = extractor.extract(store.file(content.get()));
            } catch (NoSuchFileException missing) {
                result = new ExtractionResult(ExtractionOutcome.FAILED, null, "", false, null, null, null, null,
                        null, ExtractionFailure.WORKER_FAILED, "content missing from the store: " + content.get());
            }
            if (result.outcome() == ExtractionOutcome.FAILED) {
                LOG.log(Level.INFO, "Extraction of document version {0} failed: {1} ({2})",
                        new Object[] {versionId, result.failure(), result.detail()});
            }
            extractions.record(versionId, result);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // Left PENDING: the next sweep tries again.
            LOG.log(Level.WARNING, "Extraction of document version " + versionId + " did not complete", e);
        }
    }
}
