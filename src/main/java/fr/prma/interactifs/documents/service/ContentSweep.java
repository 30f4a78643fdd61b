package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.prma.interactifs.documents.storage.ContentStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Removes, every night, the content that no version refers to any more (the files of documents removed from
 * the bin, and those of deposits whose transaction rolled back), once it is a day old: content stored a moment
 * ago may belong to a deposit whose transaction has not committed yet.
 */
@Singleton
public class ContentSweep {

    private static final Logger LOG = Logger.getLogger(ContentSweep.class.getName());
    static final Duration GRACE = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void sweep() {
        Set<String> referenced = new HashSet<>(
                em.createNamedQuery("DocumentVersion.findReferencedContent", String.class).getResultList());
        referenced.addAll(em.createNamedQuery("DocumentVersion.findReferencedText", String.class).getResultList());
        try {
            int removed = store.removeUnreferenced(referenced, GRACE);
            LOG.info(() -> "Content store swept: " + removed + " unreferenced file(s) removed");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The content store could not be swept; next attempt tomorrow night", e);
        }
    }
}
