package fr.prma.interactifs.documents.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import fr.prma.interactifs.platform.service.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One file of an imported archive: its path in the archive, its size once unpacked, and its outcome, written as
 * soon as it is known (so that an import resumes where it stopped). A refusal keeps its reason as the bundle key
 * and parameters of the refusal (shown in the reader's language) and as the French sentence.
 */
@Entity
@Table(name = "archive_import_entry")
@NamedQuery(name = "ArchiveImportEntry.findPending", query = "select e from ArchiveImportEntry e"
        + " where e.archiveImport.id = :import and e.status = :pending order by e.number")
@NamedQuery(name = "ArchiveImportEntry.findOutcomes", query = "select e from ArchiveImportEntry e"
        + " where e.archiveImport.id = :import and e.status in :statuses order by e.number")
@NamedQuery(name = "ArchiveImportEntry.findMappingFolders", query = "select distinct e.mappingFolder"
        + " from ArchiveImportEntry e where e.archiveImport.id = :import and e.mappingFolder is not null"
        + " order by e.mappingFolder")
@NamedQuery(name = "ArchiveImportEntry.sumProcessedSince", query = "select count(e), sum(e.sizeBytes)"
        + " from ArchiveImportEntry e where e.archiveImport.id = :import and e.processedAt >= :since")
public class ArchiveImportEntry {

    public static final int PATH_MAX = 1000;
    public static final int REASON_MAX = 2000;

    /** Separates the parameters of a refusal in their column. */
    private static final String SEPARATOR = "\u001f";
    /** Marks a parameter that is itself a key of the bundle ({@link Label}). */
    private static final String LABEL = "\u0001";

    @Id
    @SequenceGenerator(name = "archive_import_entry_seq", sequenceName = "archive_import_entry_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_import_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private ArchiveImport archiveImport;

    @Column(name = "entry_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "relative_path", nullable = false, updatable = false, length = PATH_MAX)
    private String path;

    @Column(name = "mapping_folder", updatable = false, length = 255)
    private String mappingFolder;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportEntryStatus status = ImportEntryStatus.PENDING;

    @Column(name = "reason_key", length = 100)
    private String reasonKey;

    @Column(name = "reason_parameters", length = REASON_MAX)
    private String reasonParameters;

    @Column(name = "reason_text", length = REASON_MAX)
    private String reasonText;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    protected ArchiveImportEntry() {
        // for JPA
    }

    public ArchiveImportEntry(ArchiveImport archiveImport, int number, String path, String mappingFolder, long size) {
        this.archiveImport = Objects.requireNonNull(archiveImport);
        this.number = number;
        this.path = path.length() <= PATH_MAX ? path : path.substring(0, PATH_MAX);
        this.mappingFolder = mappingFolder;
        this.sizeBytes = size;
    }

    /** Deposited as this document. */
    public void imported(long document, Instant now) {
        settle(ImportEntryStatus.IMPORTED, now);
        documentId = document;
    }

    /** Its content is already the current content of this document. */
    public void duplicateOf(long document, Instant now) {
        settle(ImportEntryStatus.DUPLICATE, now);
        documentId = document;
    }

    /**
     * Refused.
     *
     * @param key        the bundle key of the reason
     * @param parameters its parameters ({@link Label}s stay labels)
     * @param sentence   the reason in French
     */
    public void refused(String key, Object[] parameters, String sentence, Instant now) {
        settle(ImportEntryStatus.REFUSED, now);
        keepReason(key, parameters, sentence);
    }

    /** Refused as the archive was unpacked, before the import started. */
    public void refusedOnArrival(String key, Object[] parameters, String sentence) {
        if (status != ImportEntryStatus.PENDING) {
            throw new IllegalStateException("File " + number + " already has its outcome");
        }
        status = ImportEntryStatus.REFUSED;
        archiveImport.refusedOnArrival(sizeBytes);
        keepReason(key, parameters, sentence);
    }

    private void keepReason(String key, Object[] parameters, String sentence) {
        reasonKey = key.length() <= 100 ? key : key.substring(0, 100);
        reasonParameters = shorten(Arrays.stream(parameters)
                .map(p -> p instanceof Label label ? LABEL + label.key() : String.valueOf(p))
                .map(p -> p.replace(SEPARATOR, " "))
                .collect(Collectors.joining(SEPARATOR)));
        reasonText = shorten(sentence);
    }

    private void settle(ImportEntryStatus outcome, Instant now) {
        if (status != ImportEntryStatus.PENDING) {
            throw new IllegalStateException("File " + number + " of import " + archiveImport.getId() + " is " + status);
        }
        status = outcome;
        processedAt = now.atOffset(ZoneOffset.UTC);
        archiveImport.counted(outcome, sizeBytes);
    }

    private static String shorten(String text) {
        return text == null || text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX);
    }

    /** The parameters of the refusal, as they were given ({@link Label}s included). */
    public Object[] getReasonParameters() {
        if (reasonParameters == null || reasonParameters.isEmpty()) {
            return new Object[0];
        }
        return Arrays.stream(reasonParameters.split(SEPARATOR, -1))
                .map(p -> p.startsWith(LABEL) ? new Label(p.substring(LABEL.length())) : p).toArray();
    }

    public Long getId() {
        return id;
    }

    public ArchiveImport getArchiveImport() {
        return archiveImport;
    }

    public int getNumber() {
        return number;
    }

    public String getPath() {
        return path;
    }

    public String getMappingFolder() {
        return mappingFolder;
    }

    public long getSize() {
        return sizeBytes;
    }

    public ImportEntryStatus getStatus() {
        return status;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Instant getProcessedAt() {
        return processedAt == null ? null : processedAt.toInstant();
    }
}
