package fr.prma.interactifs.documents.service;

/** Fired inside the transaction that queued a version for extraction; the worker starts once it has committed. */
public record ExtractionRequested(long versionId) {
}
