package fr.prma.interactifs.documents.extraction;

/** How the extraction of one file ended. */
public enum ExtractionOutcome {
    /** Text was extracted. */
    DONE,
    /** The file was read but holds no text (for example a scanned image without a text layer). */
    EMPTY,
    /** The file is protected by a password. */
    ENCRYPTED,
    /** The file could not be read: corrupt, too long to parse, too large once unpacked…; the reason says why. */
    FAILED
}
