package fr.prma.interactifs.documents.service;

import java.util.logging.Level;
import java.util.logging.Logger;

import fr.prma.interactifs.documents.search.SearchIndex;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * What follows a committed change of the library: the search index takes the document's new state, and the
 * extraction worker starts on a newly queued version. Neither runs for a transaction that rolled back.
 */
@ApplicationScoped
public class DocumentEvents {

    private static final Logger LOG = Logger.getLogger(DocumentEvents.class.getName());

    @Inject
    private SearchIndex index;

    @EJB
    private ExtractionWorker worker;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        try {
            if (change.indexed() == null) {
                index.remove(change.documentId());
            } else {
                index.put(change.indexed());
            }
        } catch (RuntimeException e) {
            // The database is the reference: a rebuild of the index brings it back in line.
            LOG.log(Level.WARNING, "The search index could not follow document " + change.documentId(), e);
        }
    }

    void onExtractionRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtractionRequested request) {
        worker.submit(request.versionId(), request.imported());
    }
}
