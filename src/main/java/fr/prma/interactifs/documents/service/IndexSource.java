package fr.prma.interactifs.documents.service;

import java.util.List;
import java.util.OptionalLong;

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

    /**
     * The documents to index among the next {@code size} rows after this id, in id order: those in the bin are
     * read and skipped. Paging on the id alone follows the primary key whatever the database: with the bin's
     * condition in the query, H2 chose the index on the deletion date and sorted the whole library for every
     * page, which made a rebuild of 100,000 documents take a quarter of an hour.
     */
    public Page pageAfter(long lastId, int size) {
        List<Document> rows = Library.withWhatIsShown(em.createNamedQuery("Document.findAfterId", Document.class))
                .setParameter("after", lastId)
                .setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return new Page(List.of(), OptionalLong.empty());
        }
        return new Page(rows.stream().filter(document -> !document.isDeleted()).map(indexed::of).toList(),
                OptionalLong.of(rows.get(rows.size() - 1).getId()));
    }

    /**
     * @param documents the page's documents to index
     * @param lastRead  the id of the page's last row, which the next page starts after; empty past the end
     */
    public record Page(List<IndexedDocument> documents, OptionalLong lastRead) {
    }
}
