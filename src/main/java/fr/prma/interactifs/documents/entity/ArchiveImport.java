package fr.prma.interactifs.documents.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An import of an archive into the library: who brought which archive, what it held once unpacked, the options
 * it was started with (the default category, the category of each mapped folder, the visibility), and how far it
 * went. Counters move with each file's outcome ({@link ArchiveImportEntry}), in the same transaction.
 * <p>
 * {@code ANALYSED} → {@link #start} → {@code RUNNING} → {@link #finish} → {@code FINISHED}; {@link #fail} and
 * {@link #abandon} end it otherwise.
 */
@Entity
@Table(name = "archive_import")
@NamedQuery(name = "ArchiveImport.findByStatus",
        query = "select i from ArchiveImport i where i.status = :status order by i.id")
@NamedQuery(name = "ArchiveImport.findRecent", query = "select i from ArchiveImport i join fetch i.startedBy"
        + " where i.status <> :abandoned order by i.createdAt desc, i.id desc")
@NamedQuery(name = "ArchiveImport.findAnalysedBefore",
        query = "select i from ArchiveImport i where i.status = :analysed and i.createdAt < :before")
public class ArchiveImport {

    public static final int ARCHIVE_NAME_MAX = 255;
    public static final int REASON_MAX = 2000;

    @Id
    @SequenceGenerator(name = "archive_import_seq", sequenceName = "archive_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_import_seq")
    private Long id;

    @Column(name = "archive_name", nullable = false, length = ARCHIVE_NAME_MAX, updatable = false)
    private String archiveName;

    @Column(nullable = false, length = 64, updatable = false)
    private String directory;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "started_by_id", nullable = false, updatable = false)
    private Person startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArchiveImportStatus status = ArchiveImportStatus.ANALYSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_category", length = 40)
    private DocumentCategory defaultCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "archive_import_body", joinColumns = @JoinColumn(name = "import_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "body_code", length = 40)
    private Set<BodyCode> bodies = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "archive_import_folder", joinColumns = @JoinColumn(name = "import_id"))
    @MapKeyColumn(name = "folder", length = 255)
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40)
    private Map<String, DocumentCategory> folderCategories = new HashMap<>();

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "failure_reason", length = REASON_MAX)
    private String failureReason;

    @Column(name = "mapping_depth", nullable = false, updatable = false)
    private int mappingDepth;

    @Column(name = "total_files", nullable = false, updatable = false)
    private int totalFiles;

    @Column(name = "total_bytes", nullable = false, updatable = false)
    private long totalBytes;

    @Column(name = "skipped_count", nullable = false, updatable = false)
    private int skippedCount;

    @Column(name = "imported_count", nullable = false)
    private int importedCount;

    @Column(name = "duplicate_count", nullable = false)
    private int duplicateCount;

    @Column(name = "refused_count", nullable = false)
    private int refusedCount;

    @Column(name = "bytes_done", nullable = false)
    private long bytesDone;

    @Version
    private int version;

    protected ArchiveImport() {
        // for JPA
    }

    /**
     * An archive just unpacked, with its files listed (each {@link ArchiveImportEntry} is made apart).
     *
     * @param mappingDepth the depth of the folders offered for the mapping (1 when all files share one folder)
     */
    public ArchiveImport(String archiveName, String directory, Person startedBy, Instant now, int mappingDepth,
            int totalFiles, long totalBytes, int skippedCount) {
        String name = archiveName == null || archiveName.isBlank() ? "archive.zip" : archiveName.strip();
        this.archiveName = name.length() <= ARCHIVE_NAME_MAX ? name : name.substring(0, ARCHIVE_NAME_MAX);
        this.directory = Objects.requireNonNull(directory);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.mappingDepth = mappingDepth;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.skippedCount = skippedCount;
    }

    /**
     * Starts the import with its options.
     *
     * @param bodies     the bodies the documents will be visible to; empty for all of Les Interactifs
     * @param categories the category of the files under each folder named (at the mapping depth)
     */
    public void start(DocumentCategory defaultCategory, Set<BodyCode> bodies, Map<String, DocumentCategory> categories,
            Instant now) {
        if (status != ArchiveImportStatus.ANALYSED) {
            throw new BusinessException("document.import.error.notWaiting");
        }
        if (defaultCategory == null) {
            throw new BusinessException("document.error.categoryRequired");
        }
        this.defaultCategory = defaultCategory;
        this.bodies.clear();
        this.bodies.addAll(bodies);
        this.folderCategories.clear();
        categories.forEach((folder, category) -> {
            if (folder != null && category != null && category != defaultCategory) {
                folderCategories.put(folder, category);
            }
        });
        status = ArchiveImportStatus.RUNNING;
        startedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The category of a file under this folder (null: above the mapped folders). */
    public DocumentCategory categoryOf(String mappingFolder) {
        return mappingFolder == null ? defaultCategory : folderCategories.getOrDefault(mappingFolder, defaultCategory);
    }

    /** Counts one file's outcome. */
    public void counted(ImportEntryStatus outcome, long size) {
        requireRunning();
        switch (outcome) {
            case IMPORTED -> importedCount++;
            case DUPLICATE -> duplicateCount++;
            case REFUSED -> refusedCount++;
            case PENDING -> throw new IllegalArgumentException("A pending file has no outcome yet");
        }
        bytesDone += size;
    }

    /** A file refused while the archive was unpacked (an archive inside it, a path that climbs out). */
    void refusedOnArrival(long size) {
        if (status != ArchiveImportStatus.ANALYSED) {
            throw new IllegalStateException("Import " + id + " is " + status + ", not being analysed");
        }
        refusedCount++;
        bytesDone += size;
    }

    /** Every file has its outcome. */
    public void finish(Instant now) {
        requireRunning();
        status = ArchiveImportStatus.FINISHED;
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Stops on an unexpected error. */
    public void fail(String reason, Instant now) {
        if (status.isOver()) {
            return;
        }
        status = ArchiveImportStatus.FAILED;
        finishedAt = now.atOffset(ZoneOffset.UTC);
        String text = reason == null ? "" : reason.strip();
        failureReason = text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX);
    }

    /** Never started: its files are about to be removed. */
    public void abandon(Instant now) {
        if (status != ArchiveImportStatus.ANALYSED) {
            throw new BusinessException("document.import.error.notWaiting");
        }
        status = ArchiveImportStatus.ABANDONED;
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    private void requireRunning() {
        if (status != ArchiveImportStatus.RUNNING) {
            throw new IllegalStateException("Import " + id + " is " + status + ", not running");
        }
    }

    public int filesDone() {
        return importedCount + duplicateCount + refusedCount;
    }

    public Long getId() {
        return id;
    }

    public String getArchiveName() {
        return archiveName;
    }

    public String getDirectory() {
        return directory;
    }

    public Person getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public ArchiveImportStatus getStatus() {
        return status;
    }

    public DocumentCategory getDefaultCategory() {
        return defaultCategory;
    }

    public Set<BodyCode> getBodies() {
        return bodies.isEmpty() ? Set.of() : EnumSet.copyOf(bodies);
    }

    public Map<String, DocumentCategory> getFolderCategories() {
        return Map.copyOf(folderCategories);
    }

    public Instant getStartedAt() {
        return startedAt == null ? null : startedAt.toInstant();
    }

    public Instant getFinishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant();
    }

    public String getFailureReason() {
        return failureReason;
    }

    public int getMappingDepth() {
        return mappingDepth;
    }

    public int getTotalFiles() {
        return totalFiles;
    }

    public long getTotalBytes() {
        return totalBytes;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getImportedCount() {
        return importedCount;
    }

    public int getDuplicateCount() {
        return duplicateCount;
    }

    public int getRefusedCount() {
        return refusedCount;
    }

    public long getBytesDone() {
        return bytesDone;
    }

    public int getVersion() {
        return version;
    }
}
