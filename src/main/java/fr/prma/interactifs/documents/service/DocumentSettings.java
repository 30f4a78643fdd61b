package fr.prma.interactifs.documents.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.prma.interactifs.documents.archive.ArchiveLimits;
import fr.prma.interactifs.documents.extraction.ExtractionSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The library's settings, from MicroProfile Config (system properties or environment variables), with
 * defaults that suit one machine.
 */
@ApplicationScoped
public class DocumentSettings {

    /** The data directory: the content store and the search index live under it. */
    @Inject
    @ConfigProperty(name = "interactifs.data.dir")
    Optional<String> dataDirectory;

    /** The largest file accepted, in megabytes. */
    @Inject
    @ConfigProperty(name = "interactifs.documents.max-size-mb", defaultValue = "100")
    long maxSizeMegabytes;

    /** Types accepted (exact, or a family written {@code prefix*}); empty keeps {@link DocumentTypes#DEFAULT_ALLOWED}. */
    @Inject
    @ConfigProperty(name = "interactifs.documents.allowed-types")
    Optional<String> allowedTypes;

    /** The jars of the extraction worker (the build leaves them in {@code target/runtime/tika}). */
    @Inject
    @ConfigProperty(name = "interactifs.extraction.classpath")
    Optional<String> extractionClassPath;

    /** Time allowed to read one document, in seconds. */
    @Inject
    @ConfigProperty(name = "interactifs.extraction.timeout-seconds", defaultValue = "60")
    int extractionTimeoutSeconds;

    /** Heap of each extraction worker, in MB. */
    @Inject
    @ConfigProperty(name = "interactifs.extraction.max-heap-mb", defaultValue = "512")
    int extractionMaxHeapMegabytes;

    /** Documents read at once, each in its own worker JVM: one leaves the other core to interactive requests. */
    @Inject
    @ConfigProperty(name = "interactifs.extraction.concurrency", defaultValue = "1")
    int extractionConcurrency;

    public ExtractionSettings extraction() {
        Path classPath = Path.of(extractionClassPath.filter(path -> !path.isBlank()).orElseThrow(
                () -> new IllegalStateException("interactifs.extraction.classpath must name the directory of the "
                        + "extraction worker's jars (target/runtime/tika after a build)")));
        return ExtractionSettings.defaults(classPath, dataDirectory().resolve("content"),
                        dataDirectory().resolve("extraction"))
                .withTimeout(Duration.ofSeconds(extractionTimeoutSeconds))
                .withWorkerMaxHeapMegabytes(extractionMaxHeapMegabytes)
                .withWorkers(extractionConcurrency);
    }

    public int extractionConcurrency() {
        return extractionConcurrency;
    }

    public Path dataDirectory() {
        return Path.of(dataDirectory.filter(dir -> !dir.isBlank())
                .orElse(Path.of(System.getProperty("user.home"), ".interactifs").toString()));
    }

    public long maxSizeBytes() {
        return maxSizeMegabytes * 1024 * 1024;
    }

    public long maxSizeMegabytes() {
        return maxSizeMegabytes;
    }

    public DocumentTypes types() {
        // A comma-separated list (Payara's config producer does not inject Optional<List<String>>).
        return new DocumentTypes(allowedTypes.filter(list -> !list.isBlank())
                .map(list -> List.of(list.split(","))).orElse(DocumentTypes.DEFAULT_ALLOWED));
    }

    // --- Imports of archives -------------------------------------------------------------------------------

    /** The largest archive accepted for an import, in megabytes (the servlet's multipart limit must allow it). */
    @Inject
    @ConfigProperty(name = "interactifs.import.max-archive-mb", defaultValue = "2048")
    long maxArchiveMegabytes;

    /** Entries an archive may list. */
    @Inject
    @ConfigProperty(name = "interactifs.import.max-entries", defaultValue = "10000")
    int maxArchiveEntries;

    /** Bytes an archive may unpack to in all, in megabytes. */
    @Inject
    @ConfigProperty(name = "interactifs.import.max-unpacked-mb", defaultValue = "2048")
    long maxUnpackedMegabytes;

    /** How many times its compressed size an entry may unpack to. */
    @Inject
    @ConfigProperty(name = "interactifs.import.max-ratio", defaultValue = "100")
    int maxCompressionRatio;

    /**
     * Versions waiting for extraction above which an import waits before its next file: the extraction queue
     * stays short, so that what people deposit meanwhile is read (and found) within moments.
     */
    @Inject
    @ConfigProperty(name = "interactifs.import.extraction-backlog", defaultValue = "4")
    int importExtractionBacklog;

    public long maxArchiveBytes() {
        return maxArchiveMegabytes * 1024 * 1024;
    }

    public long maxArchiveMegabytes() {
        return maxArchiveMegabytes;
    }

    public ArchiveLimits archiveLimits() {
        return new ArchiveLimits(maxArchiveEntries, maxUnpackedMegabytes * 1024 * 1024, maxCompressionRatio,
                ArchiveLimits.DEFAULT_RATIO_FREE_BYTES);
    }

    public int importExtractionBacklog() {
        return importExtractionBacklog;
    }

    /** Where archives are unpacked while they are imported, one directory each. */
    public Path importsDirectory() {
        return dataDirectory().resolve("imports");
    }
}
