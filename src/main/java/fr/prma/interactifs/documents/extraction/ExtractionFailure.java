package fr.prma.interactifs.documents.extraction;

/** Why a file could not be read; each has a sentence for people in the bundle ({@code extraction.failure.*}). */
public enum ExtractionFailure {
    /** The file is damaged or is not what its type says. */
    CORRUPT,
    /** Parsing took longer than the time allowed to one document. */
    TIMEOUT,
    /** Parsing needed more memory than the worker may use. */
    OUT_OF_MEMORY,
    /** Once unpacked the file would be far larger than allowed, or nested too deep (a "zip bomb"). */
    TOO_LARGE_UNPACKED,
    /** The extraction worker stopped for another reason; trying again may work. */
    WORKER_FAILED
}
