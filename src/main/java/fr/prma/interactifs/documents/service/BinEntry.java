package fr.prma.interactifs.documents.service;

import java.time.Instant;

/** A document in the bin: when and by whom it was deleted. */
public record BinEntry(long documentId, String title, Instant deletedAt, String deletedBy) {
}
