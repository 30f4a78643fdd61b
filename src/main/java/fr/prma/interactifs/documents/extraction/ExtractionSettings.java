package fr.prma.interactifs.documents.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ForkedTikaExtractor} runs its workers. Start from {@link #defaults} and change what differs with the
 * {@code with…} methods; the defaults suit an intranet server of 2 cores.
 *
 * @param javaExecutable            the {@code java} that starts a worker; by default the one running this JVM
 * @param workerClassPath           directory of the jars of the worker: tika-core, the parsers, a logging binding
 *                                  (the build leaves it in {@code target/runtime/tika})
 * @param baseDirectory             the directory the files to read live under; the worker may read nothing else
 * @param workDirectory             the extractor's own directory: generated configuration, worker temporary files
 *                                  (emptied on start and on close); one extractor per work directory
 * @param timeout                   time allowed to one document, after which its worker is killed
 * @param workerMaxHeapMegabytes    the {@code -Xmx} of a worker, in MiB
 * @param maxCharacters             the text kept of one document; a longer one is cut and reported truncated
 * @param workers                   number of worker JVMs, hence of documents read at once
 * @param maxEmbeddedDocuments      documents read inside one file (attachments, archive entries); the rest skipped
 * @param outputThreshold           zip-bomb guard: characters of text a document may give before its compression
 *                                  ratio is checked
 * @param maximumCompressionRatio   zip-bomb guard: past the threshold, the most characters of text allowed per
 *                                  byte of the file
 * @param maximumDepth              zip-bomb guard: the deepest nesting of XML elements allowed in the output
 * @param maximumPackageEntryDepth  zip-bomb guard: the deepest nesting of archives in archives allowed
 * @param detectLanguage            whether the workers tell the language of the text, when the worker class path
 *                                  holds the detector (OpenNLP: its model takes about 150 MiB of each worker's heap)
 */
public record ExtractionSettings(Path javaExecutable, Path workerClassPath, Path baseDirectory, Path workDirectory,
        Duration timeout, int workerMaxHeapMegabytes, int maxCharacters, int workers, int maxEmbeddedDocuments,
        long outputThreshold, long maximumCompressionRatio, int maximumDepth, int maximumPackageEntryDepth,
        boolean detectLanguage) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_WORKER_MAX_HEAP_MEGABYTES = 512;
    /** About 2,500 pages of plain text: more than any document worth reading in full, small enough to index. */
    public static final int DEFAULT_MAX_CHARACTERS = 5_000_000;
    public static final int DEFAULT_WORKERS = 1;
    public static final int DEFAULT_MAX_EMBEDDED_DOCUMENTS = 1_000;
    // Tika's own defaults (SecureContentHandler), stated here so that they are visible and can be changed
    public static final long DEFAULT_OUTPUT_THRESHOLD = 1_000_000;
    public static final long DEFAULT_MAXIMUM_COMPRESSION_RATIO = 100;
    public static final int DEFAULT_MAXIMUM_DEPTH = 100;
    public static final int DEFAULT_MAXIMUM_PACKAGE_ENTRY_DEPTH = 10;

    public ExtractionSettings {
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(workerClassPath, "workerClassPath");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        requirePositive(workerMaxHeapMegabytes, "workerMaxHeapMegabytes");
        requirePositive(maxCharacters, "maxCharacters");
        requirePositive(workers, "workers");
        requirePositive(maxEmbeddedDocuments, "maxEmbeddedDocuments");
        requirePositive(outputThreshold, "outputThreshold");
        requirePositive(maximumCompressionRatio, "maximumCompressionRatio");
        requirePositive(maximumDepth, "maximumDepth");
        requirePositive(maximumPackageEntryDepth, "maximumPackageEntryDepth");
    }

    /** The defaults, with the java of this JVM, for files under {@code baseDirectory}. */
    public static ExtractionSettings defaults(Path workerClassPath, Path baseDirectory, Path workDirectory) {
        return new ExtractionSettings(runningJava(), workerClassPath, baseDirectory, workDirectory, DEFAULT_TIMEOUT,
                DEFAULT_WORKER_MAX_HEAP_MEGABYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_WORKERS,
                DEFAULT_MAX_EMBEDDED_DOCUMENTS, DEFAULT_OUTPUT_THRESHOLD, DEFAULT_MAXIMUM_COMPRESSION_RATIO,
                DEFAULT_MAXIMUM_DEPTH, DEFAULT_MAXIMUM_PACKAGE_ENTRY_DEPTH, true);
    }

    /** The {@code java} launcher of the JVM running this code. */
    public static Path runningJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public ExtractionSettings withJavaExecutable(Path value) {
        return new ExtractionSettings(value, workerClassPath, baseDirectory, workDirectory, timeout,
                workerMaxHeapMegabytes, maxCharacters, workers, maxEmbeddedDocuments, outputThreshold,
                maximumCompressionRatio, maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    public ExtractionSettings withTimeout(Duration value) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, value,
                workerMaxHeapMegabytes, maxCharacters, workers, maxEmbeddedDocuments, outputThreshold,
                maximumCompressionRatio, maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    public ExtractionSettings withWorkerMaxHeapMegabytes(int value) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, timeout,
                value, maxCharacters, workers, maxEmbeddedDocuments, outputThreshold, maximumCompressionRatio,
                maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    public ExtractionSettings withMaxCharacters(int value) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, timeout,
                workerMaxHeapMegabytes, value, workers, maxEmbeddedDocuments, outputThreshold,
                maximumCompressionRatio, maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    public ExtractionSettings withWorkers(int value) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, timeout,
                workerMaxHeapMegabytes, maxCharacters, value, maxEmbeddedDocuments, outputThreshold,
                maximumCompressionRatio, maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    public ExtractionSettings withMaxEmbeddedDocuments(int value) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, timeout,
                workerMaxHeapMegabytes, maxCharacters, workers, value, outputThreshold, maximumCompressionRatio,
                maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    /** The zip-bomb guards, all at once (see the record's parameters). */
    public ExtractionSettings withZipBombLimits(long outputThreshold, long maximumCompressionRatio, int maximumDepth,
            int maximumPackageEntryDepth) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, timeout,
                workerMaxHeapMegabytes, maxCharacters, workers, maxEmbeddedDocuments, outputThreshold,
                maximumCompressionRatio, maximumDepth, maximumPackageEntryDepth, detectLanguage);
    }

    public ExtractionSettings withDetectLanguage(boolean value) {
        return new ExtractionSettings(javaExecutable, workerClassPath, baseDirectory, workDirectory, timeout,
                workerMaxHeapMegabytes, maxCharacters, workers, maxEmbeddedDocuments, outputThreshold,
                maximumCompressionRatio, maximumDepth, maximumPackageEntryDepth, value);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
