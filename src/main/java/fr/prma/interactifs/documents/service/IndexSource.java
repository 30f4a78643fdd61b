package fr.prma.interactifs.documents.service;

import java.util.List;

import fr.prma.interactifs.documents.entity.Document;
import fr.prma.interactifs.documents.search.IndexedDocument;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the library for a rebuild of the search index, one page of documents per transaction, so that a
 * rebuild of a hundred thousand documents never holds them all in memory nor one transaction open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IndexedDocuments indexed;

    public long count() {
        return em.createNamedQuery("Document.countForIndex", Long.class).getSingleResult();
    }

    /** The documents after this id (in id order), at most {@code size} of them. */
    public List<IndexedDocument> pageAfter(long lastId, int size) {
        return Library.withWhatIsShown(em.createNamedQuery("Document.findForIndexAfter", Document.class))
                .setParameter("after", lastId)
                .setMaxResults(size).getResultStream().map(indexed::of).toList();
    }
}
