package fr.prma.interactifs.documents.service;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.prma.interactifs.documents.search.IndexedDocument;
import fr.prma.interactifs.documents.search.SearchIndex;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.security.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

/**
 * Keeps the search index whole: rebuilds it from the database and the content store when it was found missing
 * or corrupt at start-up, and when an administrator asks. A rebuild runs in the background with its progress
 * readable ({@link #progress()}); searches keep answering from the previous index meanwhile.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IndexMaintenance {

    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());
    private static final int PAGE = 200;
    private static final int PROGRESS_EVERY = 1_000;

    @Inject
    private SearchIndex index;

    @EJB
    private IndexSource source;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** Where a rebuild stands. */
    public record Progress(boolean running, long done, long total) {
    }

    @PostConstruct
    void checkAtStartUp() {
        if (index.needsRebuild()) {
            LOG.info("The search index is missing or was damaged: rebuilding it from the library");
            startRebuild();
        }
    }

    /** An administrator rebuilds the index; answers at once, the rebuild runs in the background. */
    public void rebuild(Actor actor) {
        if (!actor.administrator()) {
            throw new BusinessException("document.error.adminOnly");
        }
        if (!startRebuild()) {
            throw new BusinessException("document.error.rebuildRunning");
        }
    }

    public Progress progress() {
        return new Progress(running.get(), done.get(), total.get());
    }

    private boolean startRebuild() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        done.set(0);
        total.set(0);
        executor.execute(() -> {
            try {
                index.rebuild(new SearchIndex.DocumentSource() {
                    @Override
                    public long count() {
                        return source.count();
                    }

                    @Override
                    public void forEach(Consumer<IndexedDocument> consumer) {
                        IndexSource.Page page = source.pageAfter(0, PAGE);
                        while (page.lastRead().isPresent()) {
                            page.documents().forEach(consumer);
                            page = source.pageAfter(page.lastRead().getAsLong(), PAGE);
                        }
                    }
                }, (indexed, of) -> {
                    done.set(indexed);
                    total.set(of);
                    if (indexed % PROGRESS_EVERY == 0) {
                        LOG.info(() -> "Rebuilding the search index: " + indexed + " of " + of + " documents");
                    }
                });
                LOG.info(() -> "Search index rebuilt: " + done.get() + " documents");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The rebuild of the search index failed", e);
            } finally {
                running.set(false);
            }
        });
        return true;
    }
}
