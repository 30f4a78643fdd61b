package fr.prma.interactifs.documents.extraction;

import java.time.Instant;

/**
 * What the extraction of a file gave.
 *
 * @param outcome   how it ended
 * @param mediaType the type detected from the file's bytes (for example {@code application/pdf}), or null
 *                  when even detection failed
 * @param text      the extracted text, at most the configured number of characters; empty unless DONE
 * @param truncated true when the text was cut at that limit
 * @param author    the author the file names, or null
 * @param title     the title the file names, or null
 * @param created   when the file says it was created, or null
 * @param pages     its number of pages, or null when it has none or does not say
 * @param language  the language of its text as an ISO 639-1 code (for example {@code fr}), or null
 * @param failure   for FAILED, why; else null
 * @param detail    for FAILED, a technical description for the log (exception, status), else null
 */
public record ExtractionResult(ExtractionOutcome outcome, String mediaType, String text, boolean truncated,
        String author, String title, Instant created, Integer pages, String language, ExtractionFailure failure,
        String detail) {

    public ExtractionResult {
        text = text == null ? "" : text;
    }
}
