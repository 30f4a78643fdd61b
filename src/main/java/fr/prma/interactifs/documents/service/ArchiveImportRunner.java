package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import fr.prma.interactifs.documents.archive.ZipArchiveReader;
import fr.prma.interactifs.platform.service.BusinessException;
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
 * Imports the files of started archives in the background, on one thread of low priority for the whole
 * application: imports queue behind each other, a file at a time, each through the library's deposit in its own
 * short transaction ({@link ArchiveImportWork}).
 * <p>
 * Interactive use keeps priority: besides the single thread, the import waits before each file while the
 * extraction worker has more than a few versions queued, so that the documents people deposit meanwhile are
 * not read (and found) only after thousands of archived ones; the import goes at the pace of the extraction.
 * <p>
 * Each file's outcome is written as it is known: after a stop, the imports still running are taken up again at
 * start-up (and every five minutes, should one have been left aside), from their first pending file.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ArchiveImportRunner {

    private static final Logger LOG = Logger.getLogger(ArchiveImportRunner.class.getName());
    /** Longest wait for the extraction queue to shorten before a file is imported anyway. */
    private static final Duration BACKLOG_PATIENCE = Duration.ofMinutes(2);
    /** Imports analysed but never started are removed after this. */
    static final Duration ABANDONED_AFTER = Duration.ofDays(2);

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private TimerService timers;

    @EJB
    private ArchiveImportWork work;

    @EJB
    private ExtractionWorker extraction;

    @Inject
    private DocumentSettings settings;

    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;

    private ExecutorService pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = threads.newThread(task);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        // Resume a little after start-up, once the application is deployed.
        timers.createSingleActionTimer(5_000, new TimerConfig("resume imports", false));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        pool.shutdownNow();
    }

    @Timeout
    void resumeAtStartUp() {
        resume();
    }

    /** Takes up every running import that is not queued. */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void resume() {
        try {
            work.runningIds().forEach(this::submit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the running imports; next attempt in five minutes", e);
        }
    }

    /** Queues an import, unless it is queued already. */
    public void submit(long importId) {
        if (!queued.add(importId)) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    run(importId);
                } finally {
                    queued.remove(importId);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            queued.remove(importId);
        }
    }

    /** Whether an import is queued or being imported now. */
    public boolean isQueued(long importId) {
        return queued.contains(importId);
    }

    private void run(long importId) {
        LOG.info(() -> "Importing the files of archive import " + importId);
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            Optional<ArchiveImportWork.PendingFile> next;
            try {
                next = work.next(importId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + importId + " paused: its next file could not be read; resumed"
                        + " within five minutes", e);
                return;
            }
            if (next.isEmpty()) {
                finish(importId);
                return;
            }
            if (!waitForExtraction()) {
                return;
            }
            if (!importOne(next.get())) {
                return;
            }
        }
    }

    /** Imports a file; false when the import must pause (the database does not answer). */
    private boolean importOne(ArchiveImportWork.PendingFile file) {
        try {
            work.importFile(file);
        } catch (BusinessException refused) {
            return refuse(file, refused.messageKey(), refused.parameters());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "File " + file.number() + " (" + file.path() + ") of import " + file.importId()
                    + " could not be imported", unexpected);
            if (!stillRunning(file.importId())) {
                return false;
            }
            return refuse(file, "document.import.refusal.unexpected", new Object[] {file.path()});
        }
        deleteQuietly(unpackedFile(file));
        return true;
    }

    /** Whether the import still runs; false also when the database cannot tell (the import then pauses). */
    private boolean stillRunning(long importId) {
        try {
            return work.running(importId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + importId + " paused; resumed within five minutes", e);
            return false;
        }
    }

    private boolean refuse(ArchiveImportWork.PendingFile file, String key, Object[] parameters) {
        try {
            work.refuse(file.entryId(), key, parameters);
            deleteQuietly(unpackedFile(file));
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + file.importId() + " paused: the refusal of file " + file.number()
                    + " could not be recorded; resumed within five minutes", e);
            return false;
        }
    }

    private void finish(long importId) {
        try {
            // Its files first: once it is marked finished, nothing of it is left behind.
            work.directoryOf(importId).ifPresent(directory -> deleteTree(settings.importsDirectory().resolve(directory)));
            work.finish(importId);
            LOG.info(() -> "Archive import " + importId + " finished");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + importId + " could not be closed; next attempt within five minutes", e);
        }
    }

    /**
     * Waits while the extraction worker has more than a few versions queued (or at most a couple of minutes,
     * should it be stuck); false when the application stops meanwhile.
     */
    private boolean waitForExtraction() {
        Instant giveUp = Instant.now().plus(BACKLOG_PATIENCE);
        while (extraction.backlog() > settings.importExtractionBacklog() && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopping;
    }

    /** Every night, removes the files of archives analysed and never started. */
    @Schedule(hour = "4", minute = "7", persistent = false)
    public void removeAbandoned() {
        try {
            work.abandonAnalysedBefore(Instant.now().minus(ABANDONED_AFTER))
                    .forEach(directory -> deleteTree(settings.importsDirectory().resolve(directory)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Abandoned archive imports could not be removed; next attempt tomorrow", e);
        }
    }

    private Path unpackedFile(ArchiveImportWork.PendingFile file) {
        return ZipArchiveReader.fileOf(settings.importsDirectory().resolve(file.directory()), file.number());
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }

    static void deleteTree(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(ArchiveImportRunner::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + directory, e);
        }
    }
}
