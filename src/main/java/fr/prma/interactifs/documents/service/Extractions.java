package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.prma.interactifs.documents.entity.Document;
import fr.prma.interactifs.documents.entity.DocumentVersion;
import fr.prma.interactifs.documents.entity.ExtractionStatus;
import fr.prma.interactifs.documents.extraction.ExtractionOutcome;
import fr.prma.interactifs.documents.extraction.ExtractionResult;
import fr.prma.interactifs.documents.storage.ContentStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The database side of the extraction queue: which versions wait (status PENDING, which survives restarts),
 * and recording what the worker read. Each method is its own transaction, never held open while a file is
 * parsed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Extractions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentStore store;

    @Inject
    private IndexedDocuments indexed;

    @Inject
    private Event<DocumentChanged> changes;

    /** Versions waiting for their extraction, oldest first. */
    public List<Long> pending() {
        return em.createNamedQuery("DocumentVersion.findPendingIds", Long.class)
                .setParameter("pending", ExtractionStatus.PENDING).getResultList();
    }

    /** The content address of a version still waiting, or empty when it no longer waits (or is gone). */
    public Optional<String> contentToExtract(long versionId) {
        DocumentVersion version = em.find(DocumentVersion.class, versionId);
        if (version == null || version.getExtractionStatus() != ExtractionStatus.PENDING) {
            return Optional.empty();
        }
        return Optional.of(version.getContentSha256());
    }

    /**
     * Records what the extraction gave: the text goes to the content store, the outcome and the file's
     * properties to the version; the document then takes the file's own title only to fill an empty one
     * ({@link Document#takeTitleFromFile}), its creation year, and the search index follows.
     */
    public void record(long versionId, ExtractionResult result) {
        DocumentVersion version = em.find(DocumentVersion.class, versionId);
        if (version == null || version.getExtractionStatus() != ExtractionStatus.PENDING) {
            return;
        }
        String textAddress = null;
        if (result.outcome() == ExtractionOutcome.DONE && !result.text().isBlank()) {
            try {
                textAddress = store.store(result.text().getBytes(StandardCharsets.UTF_8)).sha256();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        version.recordExtraction(result, textAddress, Instant.now());
        Document document = version.getDocument();
        if (!document.isDeleted() && document.getCurrentNumber() == version.getNumber()) {
            document.takeTitleFromFile();
            document.fileUnderCreationYear();
            document.followCurrentType();
            changes.fire(new DocumentChanged(document.getId(), indexed.of(document)));
        }
    }
}
