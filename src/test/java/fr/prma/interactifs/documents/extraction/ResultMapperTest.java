package fr.prma.interactifs.documents.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitData;
import org.apache.tika.pipes.emitter.EmitKey;
import org.junit.jupiter.api.Test;

/** The reading of what workers send back, on results written by hand: the cases real files hardly reach. */
class ResultMapperTest {

    private final ResultMapper mapper = new ResultMapper(100, Duration.ofSeconds(60));

    @Test
    void languageCodes() {
        assertEquals("fr", ResultMapper.iso639_1("fra"));
        assertEquals("fr", ResultMapper.iso639_1("fre"));
        assertEquals("fr", ResultMapper.iso639_1("fr-FR"));
        assertEquals("fr", ResultMapper.iso639_1("FR_fr"));
        assertEquals("de", ResultMapper.iso639_1("deu"));
        assertNull(ResultMapper.iso639_1("xyz"));
        assertNull(ResultMapper.iso639_1("zz"));
        assertNull(ResultMapper.iso639_1(" "));
    }

    @Test
    void detectedLanguageOnlyWhenItStandsOut() {
        Metadata guess = metadata("Bonjour");
        guess.set(TikaCoreProperties.TIKA_DETECTED_LANGUAGE, "mlg");
        guess.set(TikaCoreProperties.TIKA_DETECTED_LANGUAGE_CONFIDENCE_RAW, "0.0078");
        assertNull(ResultMapper.language(guess), "a guess on one word is noise");

        guess.set(TikaCoreProperties.LANGUAGE, "fr-FR");
        assertEquals("fr", ResultMapper.language(guess), "then the document's own language");

        Metadata detected = metadata("Le conseil s’est réuni le 12 mars.");
        detected.set(TikaCoreProperties.TIKA_DETECTED_LANGUAGE, "fra");
        detected.set(TikaCoreProperties.TIKA_DETECTED_LANGUAGE_CONFIDENCE_RAW, "0.057");
        detected.set(TikaCoreProperties.LANGUAGE, "en-US");
        assertEquals("fr", ResultMapper.language(detected), "the text rather than an editor's default");
    }

    @Test
    void writeLimitIsATruncationNotAFailure() {
        Metadata metadata = metadata("x".repeat(100));
        ExtractionResult result = mapper.map(new PipesResult(emit(metadata),
                "org.apache.tika.exception.WriteLimitReachedException: Your document contained more than 100 "
                        + "characters\n\tat org.apache.tika.sax.WriteOutContentHandler.characters(X.java:1)"));

        assertEquals(ExtractionOutcome.DONE, result.outcome());
        assertTrue(result.truncated());
        assertEquals(100, result.text().length());
    }

    @Test
    void exceptionsAreToldByTheirHeadingsNotTheirFrames() {
        // Every parse runs through SecureContentHandler: its name in a frame says nothing
        ExtractionResult corrupt = mapper.map(new PipesResult(emit(metadata("")),
                "org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException\n"
                        + "\tat org.apache.tika.sax.SecureContentHandler.characters(SecureContentHandler.java:1)\n"
                        + "Caused by: java.io.IOException: Missing root object specification in trailer."));
        assertEquals(ExtractionFailure.CORRUPT, corrupt.failure());
        assertEquals("org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException <- "
                + "java.io.IOException: Missing root object specification in trailer.", corrupt.detail());

        ExtractionResult encrypted = mapper.map(new PipesResult(emit(metadata("")),
                "org.apache.tika.exception.TikaException: wrapper\n"
                        + "Caused by: org.apache.tika.exception.EncryptedDocumentException: Unable to process"));
        assertEquals(ExtractionOutcome.ENCRYPTED, encrypted.outcome());
        assertNull(encrypted.detail());

        ExtractionResult withoutMetadata = mapper.map(new PipesResult(PipesResult.STATUS.PARSE_EXCEPTION_NO_EMIT,
                "org.apache.tika.exception.EncryptedDocumentException: Unable to process"));
        assertEquals(ExtractionOutcome.ENCRYPTED, withoutMetadata.outcome());
        assertNull(withoutMetadata.mediaType());
    }

    @Test
    void brokenAttachmentDoesNotFailItsContainer() {
        Metadata metadata = metadata("Le message et sa pièce jointe abîmée.");
        metadata.add(TikaCoreProperties.EMBEDDED_EXCEPTION,
                "org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from PDFParser");

        ExtractionResult result = mapper.map(new PipesResult(emit(metadata)));

        assertEquals(ExtractionOutcome.DONE, result.outcome());
        assertFalse(result.truncated());
    }

    @Test
    void crashesAndTimeouts() {
        assertEquals(ExtractionFailure.TIMEOUT, mapper.map(PipesResult.TIMEOUT).failure());
        assertEquals("worker killed: no result within 60 s", mapper.map(PipesResult.TIMEOUT).detail());
        assertEquals(ExtractionFailure.OUT_OF_MEMORY, mapper.map(PipesResult.OOM).failure());
        assertEquals(ExtractionFailure.WORKER_FAILED, mapper.map(PipesResult.UNSPECIFIED_CRASH).failure());
        assertEquals(ExtractionFailure.WORKER_FAILED, mapper.map(PipesResult.CLIENT_UNAVAILABLE_WITHIN_MS).failure());
    }

    private static Metadata metadata(String text) {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "text/plain; charset=UTF-8");
        metadata.set(TikaCoreProperties.TIKA_CONTENT, text);
        return metadata;
    }

    private static EmitData emit(Metadata metadata) {
        return new EmitData(new EmitKey(), List.of(metadata));
    }
}
