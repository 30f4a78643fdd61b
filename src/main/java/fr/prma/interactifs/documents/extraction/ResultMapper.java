package fr.prma.interactifs.documents.extraction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.pipes.PipesResult;

/**
 * Turns what a worker sent back (a {@link PipesResult}: status, metadata of the document with its text, and the
 * stack trace of the exception that stopped the parse, if any) into an {@link ExtractionResult}.
 *
 * <p>An exception is told by the classes and messages of its stack trace's headings (first line and "Caused by"
 * lines), never by its frames: every frame of a parse goes through Tika's zip-bomb guard.
 */
final class ResultMapper {

    /** Longest {@link ExtractionResult#detail()}: it is for a log line. */
    private static final int MAX_DETAIL = 600;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    /**
     * What Tika throws for a zip bomb: its SecureContentHandler's exception ("Suspected zip bomb", wrapped as
     * "Zip bomb detected!"), or a parser's refusal to allocate what a file's sizes claim.
     */
    private static final String[] ZIP_BOMB = {"SecureSAXException", "Zip bomb", "zip bomb", "ZipBombException",
            "TikaMemoryLimitException"};
    private static final String[] WRITE_LIMIT = {"WriteLimitReachedException"};
    /** Twice what a guess on noise scores (see {@link #detectionStandsOut}). */
    private static final double MIN_RAW_LANGUAGE_SCORE = 0.02;

    private final int maxCharacters;
    private final String timeout;

    ResultMapper(int maxCharacters, Duration timeout) {
        this.maxCharacters = maxCharacters;
        this.timeout = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    ExtractionResult map(PipesResult result) {
        Metadata metadata = firstMetadata(result);
        return switch (result.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, EMIT_SUCCESS, EMIT_SUCCESS_PARSE_EXCEPTION ->
                    fromParse(metadata, stackTrace(result, metadata));
            // Only when told to skip documents with a parse exception, which this extractor never is
            case PARSE_EXCEPTION_NO_EMIT, PARSE_EXCEPTION_EMIT -> fromParse(metadata, result.getMessage());
            case TIMEOUT -> failed(metadata, ExtractionFailure.TIMEOUT, "worker killed: no result within " + timeout);
            case OOM -> failed(metadata, ExtractionFailure.OUT_OF_MEMORY, "worker ran out of memory");
            case UNSPECIFIED_CRASH -> failed(metadata, ExtractionFailure.WORKER_FAILED, "worker crashed");
            default -> failed(metadata, ExtractionFailure.WORKER_FAILED,
                    result.getStatus() + (result.getMessage() == null ? "" : ": " + headings(result.getMessage())));
        };
    }

    static ExtractionResult workerFailed(String mediaType, String detail) {
        return new ExtractionResult(ExtractionOutcome.FAILED, mediaType, "", false, null, null, null, null, null,
                ExtractionFailure.WORKER_FAILED, shorten(detail));
    }

    private ExtractionResult fromParse(Metadata metadata, String stackTrace) {
        List<String> headings = stackTrace == null || stackTrace.isBlank() ? List.of() : headingLines(stackTrace);
        boolean truncated = false;
        if (!headings.isEmpty()) {
            if (mentions(headings, "EncryptedDocumentException")) {
                return new ExtractionResult(ExtractionOutcome.ENCRYPTED, mediaType(metadata), "", false,
                        author(metadata), title(metadata), created(metadata), pages(metadata), null, null, null);
            }
            if (mentions(headings, ZIP_BOMB)) {
                return failed(metadata, ExtractionFailure.TOO_LARGE_UNPACKED, detail(headings));
            }
            if (mentions(headings, "OutOfMemoryError")) {
                return failed(metadata, ExtractionFailure.OUT_OF_MEMORY, detail(headings));
            }
            if (mentions(headings, WRITE_LIMIT)) {
                // The parse stopped at the character limit on purpose: what was read is kept
                truncated = true;
            } else if (mentions(headings, "ZeroByteFileException")) {
                return new ExtractionResult(ExtractionOutcome.EMPTY, mediaType(metadata), "", false, null, null,
                        null, null, null, null, null);
            } else {
                return failed(metadata, ExtractionFailure.CORRUPT, detail(headings));
            }
        }
        if (metadata == null) {
            return failed(null, ExtractionFailure.WORKER_FAILED, "no metadata in the result");
        }
        // Tika records what stopped an attachment or an archive entry and reads on; a zip bomb inside the file
        // still makes the whole file one (its text so far is the bomb's), a broken attachment does not
        for (String embedded : metadata.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION)) {
            List<String> embeddedHeadings = headingLines(embedded);
            if (mentions(embeddedHeadings, ZIP_BOMB)) {
                return failed(metadata, ExtractionFailure.TOO_LARGE_UNPACKED,
                        "in an embedded document: " + detail(embeddedHeadings));
            }
            truncated |= mentions(embeddedHeadings, WRITE_LIMIT);
        }
        String text = metadata.get(TikaCoreProperties.TIKA_CONTENT);
        text = text == null ? "" : text;
        // Should a parser swallow the write limit's exception, the flag or the length still tell the cut
        truncated |= "true".equalsIgnoreCase(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))
                || text.length() >= maxCharacters;
        if (text.length() > maxCharacters) {
            text = text.substring(0, maxCharacters);
        }
        text = text.strip();
        boolean hasText = !text.isBlank();
        return new ExtractionResult(hasText ? ExtractionOutcome.DONE : ExtractionOutcome.EMPTY, mediaType(metadata),
                hasText ? text : "", hasText && truncated, author(metadata), title(metadata), created(metadata),
                pages(metadata), hasText ? language(metadata) : null, null, null);
    }

    private static ExtractionResult failed(Metadata metadata, ExtractionFailure failure, String detail) {
        return new ExtractionResult(ExtractionOutcome.FAILED, mediaType(metadata), "", false, null, null, null,
                null, null, failure, shorten(detail));
    }

    private static Metadata firstMetadata(PipesResult result) {
        if (result.getEmitData() == null || result.getEmitData().getMetadataList() == null
                || result.getEmitData().getMetadataList().isEmpty()) {
            return null;
        }
        return result.getEmitData().getMetadataList().get(0);
    }

    private static String stackTrace(PipesResult result, Metadata metadata) {
        if (result.getStatus() == PipesResult.STATUS.PARSE_SUCCESS_WITH_EXCEPTION && result.getMessage() != null) {
            return result.getMessage();
        }
        return metadata == null ? null : metadata.get(TikaCoreProperties.CONTAINER_EXCEPTION);
    }

    // --- Properties ---

    /** The type Tika detected, without parameters ({@code text/plain}, not {@code text/plain; charset=UTF-8}). */
    static String mediaType(Metadata metadata) {
        String type = metadata == null ? null : metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            return null;
        }
        MediaType parsed = MediaType.parse(type);
        return parsed == null ? type.strip() : parsed.getBaseType().toString();
    }

    private static String author(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : metadata.getValues(TikaCoreProperties.CREATOR)) {
            if (value != null && !value.isBlank()) {
                names.add(value.strip());
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static String title(Metadata metadata) {
        String title = metadata == null ? null : metadata.get(TikaCoreProperties.TITLE);
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static Instant created(Metadata metadata) {
        // Tika parses the formats documents use, those without a time zone taken as UTC
        Date date = metadata == null ? null : metadata.getDate(TikaCoreProperties.CREATED);
        return date == null ? null : date.toInstant();
    }

    private static Integer pages(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        for (Property property : List.of(PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT)) {
            String value = metadata.get(property);
            if (value != null) {
                try {
                    int pages = Integer.parseInt(value.strip());
                    if (pages > 0) {
                        return pages;
                    }
                } catch (NumberFormatException e) {
                    // A document's own count, not worth more than the next one
                }
            }
        }
        return null;
    }

    /**
     * The language detected from the text when the guess stands out, else the one the document declares (often
     * an editor's default, hence second), else null.
     */
    static String language(Metadata metadata) {
        String detected = iso639_1(metadata.get(TikaCoreProperties.TIKA_DETECTED_LANGUAGE));
        if (detected != null && detectionStandsOut(metadata)) {
            return detected;
        }
        String declared = iso639_1(metadata.get(TikaCoreProperties.LANGUAGE));
        return declared != null ? declared : iso639_1(metadata.get("Content-Language"));
    }

    /**
     * OpenNLP spreads its score over about a hundred languages: its guess on noise (numbers, a single word) scores
     * about 1/100, a real one 0.04 and more from two sentences on. Tika's confidence levels, set for other
     * detectors, call nearly all of these NONE, so the raw score decides.
     */
    private static boolean detectionStandsOut(Metadata metadata) {
        String confidence = metadata.get(TikaCoreProperties.TIKA_DETECTED_LANGUAGE_CONFIDENCE);
        if ("HIGH".equals(confidence) || "MEDIUM".equals(confidence) || "LOW".equals(confidence)) {
            return true;
        }
        String raw = metadata.get(TikaCoreProperties.TIKA_DETECTED_LANGUAGE_CONFIDENCE_RAW);
        try {
            return raw != null && Double.parseDouble(raw) >= MIN_RAW_LANGUAGE_SCORE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code fr} for {@code fr}, {@code fr-FR}, {@code fra} or {@code FR_fr}; null when not a known language. */
    static String iso639_1(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_,; ]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2) {
            return ISO3_TO_ISO1.containsValue(primary) ? primary : null;
        }
        return ISO3_TO_ISO1.get(primary);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> codes = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // Bibliographic codes, which some detectors and documents use
        codes.putIfAbsent("fre", "fr");
        codes.putIfAbsent("ger", "de");
        codes.putIfAbsent("dut", "nl");
        codes.putIfAbsent("chi", "zh");
        return Map.copyOf(codes);
    }

    // --- Exceptions ---

    /** The first line of the stack trace and its "Caused by" lines: the exceptions, outermost first. */
    static List<String> headingLines(String stackTrace) {
        List<String> headings = new ArrayList<>();
        String[] lines = stackTrace.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && !line.isEmpty()) {
                headings.add(line);
            } else if (line.startsWith("Caused by: ")) {
                headings.add(line.substring("Caused by: ".length()));
            }
        }
        return headings;
    }

    private static boolean mentions(List<String> headings, String... markers) {
        for (String heading : headings) {
            for (String marker : markers) {
                if (heading.contains(marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String headings(String stackTrace) {
        return detail(headingLines(stackTrace));
    }

    private static String detail(List<String> headings) {
        return String.join(" <- ", headings);
    }

    private static String shorten(String detail) {
        if (detail == null || detail.length() <= MAX_DETAIL) {
            return detail;
        }
        return detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
