package fr.prma.interactifs.documents.service;

import java.time.Instant;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.ExtractionStatus;

/** A document in a list of the library. */
public record LibraryRow(long id, String title, DocumentCategory category, String family, int year,
        String organisationName, Instant updatedAt, long size, ExtractionStatus extractionStatus,
        boolean visibleToAll) {
}
