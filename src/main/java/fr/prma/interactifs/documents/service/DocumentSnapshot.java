package fr.prma.interactifs.documents.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyCode;

/** A document as it is at one moment: its current version's number and content hash, its title, and who reads it. */
public record DocumentSnapshot(long documentId, String title, int versionNumber, String contentSha256,
        boolean visibleToAll, Set<BodyCode> bodies) {
}
