package fr.prma.interactifs.documents.service;

import java.time.Instant;

import fr.prma.interactifs.documents.entity.ArchiveImportStatus;

/** An import among the recent ones. */
public record ImportSummary(long importId, String archiveName, ArchiveImportStatus status, String startedBy,
        Instant createdAt, int totalFiles, int filesDone, int imported, int duplicates, int refused) {
}
