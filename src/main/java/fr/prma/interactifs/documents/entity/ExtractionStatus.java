package fr.prma.interactifs.documents.entity;

/**
 * Where the reading of a version's text stands. PENDING is the durable queue of the extraction worker; the
 * others are final until someone asks to try again.
 */
public enum ExtractionStatus {
    PENDING, DONE, EMPTY, ENCRYPTED, FAILED;

    public boolean isFinished() {
        return this != PENDING;
    }

    /** A person may ask to try again: the file was not read, for a reason that may not last. */
    public boolean isRetryable() {
        return this == FAILED || this == ENCRYPTED;
    }
}
