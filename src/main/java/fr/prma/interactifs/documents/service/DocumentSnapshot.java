package fr.prma.interactifs.documents.service;

/** A document as it is at one moment: its current version's number and content hash, and its title. */
public record DocumentSnapshot(long documentId, String title, int versionNumber, String contentSha256) {
}
