package fr.prma.interactifs.documents.service;

import java.time.Instant;

import fr.prma.interactifs.documents.entity.ExtractionStatus;
import fr.prma.interactifs.documents.extraction.ExtractionFailure;

/**
 * One version of a document, with what its extraction found.
 *
 * @param title the title its file gives itself; null when it gives none, or one that says nothing
 *              ({@link fr.prma.interactifs.documents.entity.ExtractedTitle})
 */
public record VersionDetails(int number, String originalName, String mediaType, String family, long size,
        String comment, String uploadedByName, Instant uploadedAt, ExtractionStatus extractionStatus,
        ExtractionFailure extractionFailure, boolean textTruncated, String author, String title, Instant created,
        Integer pages, String language, boolean current) {

    /** PDF is the one type shown inline in the page (in a sandboxed frame). */
    public boolean isPreviewable() {
        return "application/pdf".equals(mediaType);
    }

    /** The size in kilobytes, rounded up: a file of a few bytes shows as 1 KB, never 0. */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }
}
