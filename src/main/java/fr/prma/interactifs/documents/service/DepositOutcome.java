package fr.prma.interactifs.documents.service;

import java.util.List;

/**
 * A deposited document, and the documents the depositor can read that already hold the same content (the
 * content is stored once; the depositor is told, and may delete the new one).
 */
public record DepositOutcome(long documentId, String title, List<SameContent> sameContent) {

    public DepositOutcome {
        sameContent = List.copyOf(sameContent);
    }

    public record SameContent(long documentId, String title) {
    }
}
