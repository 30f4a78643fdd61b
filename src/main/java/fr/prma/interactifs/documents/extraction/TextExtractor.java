package fr.prma.interactifs.documents.extraction;

import java.nio.file.Path;

/**
 * Reads the text and the properties of a stored file. Uploaded files are never trusted: the implementation
 * parses them outside the application server's JVM ({@link ForkedTikaExtractor}), so that a hostile or broken
 * file can at worst fail its own extraction.
 */
public interface TextExtractor extends AutoCloseable {

    /**
     * Extracts the file's text and properties. Never throws for what the file contains: a file that cannot be
     * read gives an {@link ExtractionResult} whose outcome says why.
     *
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    ExtractionResult extract(Path file) throws InterruptedException;

    @Override
    void close();
}
