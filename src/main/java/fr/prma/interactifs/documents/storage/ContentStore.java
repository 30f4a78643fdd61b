package fr.prma.interactifs.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Where the bytes of documents live, addressed by the SHA-256 of their content: identical content is stored
 * once, and a stored path never comes from what a person typed or named.
 * <p>
 * Content is written completely and durably before {@link #store} returns, so that the database transaction
 * that then refers to it never points at a missing or half-written file. If that transaction rolls back, the
 * content is left unreferenced; {@link #removeUnreferenced} deletes such content only once it is older than a
 * grace period, so that content a transaction is about to reference is never taken away.
 * <p>
 * The embedded implementation keeps files on disk ({@link FileContentStore}); an S3-compatible object store
 * is the scale-out one.
 */
public interface ContentStore {

    /**
     * Reads the stream to its end and stores what it gave.
     *
     * @param maxBytes the most bytes accepted; more makes it throw {@link ContentTooLargeException} and keep
     *                 nothing
     */
    StoredContent store(InputStream content, long maxBytes) throws IOException;

    /** Stores these bytes (derived content, such as extracted text). */
    StoredContent store(byte[] content) throws IOException;

    /** @throws java.nio.file.NoSuchFileException when nothing is stored under this address */
    InputStream open(String sha256) throws IOException;

    /**
     * A file holding the content, to hand to a process that reads files (the extraction worker). For the file
     * store it is the stored file itself: the caller must not change or delete it.
     */
    Path file(String sha256) throws IOException;

    boolean contains(String sha256);

    /**
     * Deletes the content that none of the given addresses names and that was stored longer ago than the
     * grace period.
     *
     * @return how many were deleted
     */
    int removeUnreferenced(Set<String> referenced, Duration grace) throws IOException;
}
