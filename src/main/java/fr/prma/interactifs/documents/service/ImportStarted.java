package fr.prma.interactifs.documents.service;

/** An import was started (or must go on): the runner takes it up once the transaction has committed. */
public record ImportStarted(long importId) {
}
