package fr.prma.interactifs.documents.service;

import fr.prma.interactifs.documents.search.IndexedDocument;

/**
 * Fired inside the transaction that changed a document; the search index follows once it has committed.
 *
 * @param indexed what to index, or null when the document leaves the index (deleted)
 */
public record DocumentChanged(long documentId, IndexedDocument indexed) {
}
