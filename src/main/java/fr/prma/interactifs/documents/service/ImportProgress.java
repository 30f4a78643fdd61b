package fr.prma.interactifs.documents.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.prma.interactifs.documents.entity.ArchiveImportStatus;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * Where an import stands, as its page shows it every few seconds: files and bytes done out of the total, the
 * recent pace and the time it leaves to wait, and, once it is over, its report (the files refused with their
 * reason, those skipped as already in the library with the document that holds them).
 *
 * @param filesPerSecond   the pace of the last minute (over the whole import once it is over); 0 when unknown
 * @param secondsLeft      the time left at that pace, or null when it cannot be told
 * @param folders          the folders offered for the mapping (while it waits for its options)
 */
public record ImportProgress(long importId, String archiveName, ArchiveImportStatus status, String startedBy,
        Instant createdAt, Instant startedAt, Instant finishedAt, int totalFiles, int filesDone, long totalBytes,
        long bytesDone, int imported, int duplicates, int refused, int skipped, double filesPerSecond,
        double bytesPerSecond, Long secondsLeft, String failureReason, DocumentCategory defaultCategory,
        Set<BodyCode> bodies, Map<String, DocumentCategory> folderCategories, List<String> folders,
        List<FileOutcome> refusedFiles, List<FileOutcome> duplicateFiles) {

    public ImportProgress {
        bodies = Set.copyOf(bodies);
        folderCategories = Map.copyOf(folderCategories);
        folders = List.copyOf(folders);
        refusedFiles = List.copyOf(refusedFiles);
        duplicateFiles = List.copyOf(duplicateFiles);
    }

    /** One file of the report. */
    public record FileOutcome(int number, String path, long size, String reasonKey, List<Object> reasonParameters,
            String reasonText, Long documentId, String documentTitle) {

        public FileOutcome {
            reasonParameters = reasonParameters == null ? List.of() : List.copyOf(reasonParameters);
        }
    }

    public boolean isOver() {
        return status.isOver();
    }

    public boolean isWaiting() {
        return status == ArchiveImportStatus.ANALYSED;
    }

    public boolean isRunning() {
        return status == ArchiveImportStatus.RUNNING;
    }

    /** Done, in percent of the files (0 to 100). */
    public int percent() {
        return totalFiles == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * filesDone / totalFiles));
    }
}
