package fr.prma.interactifs.documents.service;

/**
 * Fired inside the transaction that queued a version for extraction; the worker starts once it has committed.
 *
 * @param imported whether an import deposited it (read after what people deposit)
 */
public record ExtractionRequested(long versionId, boolean imported) {

    /** A version someone deposited or restored. */
    public ExtractionRequested(long versionId) {
        this(versionId, false);
    }
}
