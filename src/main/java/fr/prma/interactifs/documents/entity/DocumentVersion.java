package fr.prma.interactifs.documents.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.extraction.ExtractionFailure;
import fr.prma.interactifs.documents.extraction.ExtractionResult;
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
import jakarta.persistence.Version;

/**
 * One deposited state of a document: its content (by address in the content store, never changed once
 * deposited), the name it was deposited under, and what the extraction read from it.
 */
@Entity
@Table(name = "document_version")
@NamedQuery(name = "DocumentVersion.findPendingIds",
        query = "select v.id from DocumentVersion v where v.extractionStatus = :pending order by v.id")
@NamedQuery(name = "DocumentVersion.findReferencedContent",
        query = "select v.contentSha256 from DocumentVersion v")
@NamedQuery(name = "DocumentVersion.findReferencedText",
        query = "select v.textSha256 from DocumentVersion v where v.textSha256 is not null")
@NamedQuery(name = "DocumentVersion.findSameContent",
        query = "select v from DocumentVersion v join fetch v.document d where v.contentSha256 = :sha256"
                + " and v.number = d.currentNumber and d.deletedAt is null and d.id <> :document order by d.id")
public class DocumentVersion {

    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "document_version_seq", sequenceName = "document_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
    private String contentSha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "original_name", nullable = false, updatable = false, length = 255)
    private String originalName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "version_comment", length = COMMENT_MAX, updatable = false)
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false, updatable = false)
    private Person uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_status", nullable = false, length = 20)
    private ExtractionStatus extractionStatus = ExtractionStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_failure", length = 30)
    private ExtractionFailure extractionFailure;

    @Column(name = "extraction_attempts", nullable = false)
    private int extractionAttempts;

    @Column(name = "extracted_at")
    private OffsetDateTime extractedAt;

    @Column(name = "text_sha256", length = 64)
    private String textSha256;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    @Column(name = "property_author", length = 300)
    private String propertyAuthor;

    @Column(name = "property_title", length = 500)
    private String propertyTitle;

    @Column(name = "property_created")
    private OffsetDateTime propertyCreated;

    @Column(name = "property_pages")
    private Integer propertyPages;

    @Column(name = "property_language", length = 10)
    private String propertyLanguage;

    @Version
    private int version;

    protected DocumentVersion() {
        // for JPA
    }

    DocumentVersion(Document document, int number, DepositedFile file, String comment, Person uploadedBy,
            Instant now) {
        this.document = Objects.requireNonNull(document);
        this.number = number;
        this.contentSha256 = file.sha256();
        this.size = file.size();
        this.originalName = file.name();
        this.mediaType = file.mediaType();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A new version with the same content as this one, and what was read from it (nothing to read again). */
    DocumentVersion copyAs(int newNumber, String newComment, Person by, Instant now) {
        DocumentVersion copy = new DocumentVersion(document,
                newNumber, new DepositedFile(contentSha256, size, originalName, mediaType), newComment, by, now);
        copy.extractionStatus = extractionStatus;
        copy.extractionFailure = extractionFailure;
        copy.extractedAt = extractedAt;
        copy.textSha256 = textSha256;
        copy.textTruncated = textTruncated;
        copy.propertyAuthor = propertyAuthor;
        copy.propertyTitle = propertyTitle;
        copy.propertyCreated = propertyCreated;
        copy.propertyPages = propertyPages;
        copy.propertyLanguage = propertyLanguage;
        return copy;
    }

    /**
     * Records what the extraction read.
     *
     * @param textSha256 address of the extracted text in the content store, or null when there is none
     */
    public void recordExtraction(ExtractionResult result, String textSha256, Instant now) {
        extractionAttempts++;
        extractedAt = now.atOffset(ZoneOffset.UTC);
        extractionStatus = switch (result.outcome()) {
            case DONE -> ExtractionStatus.DONE;
            case EMPTY -> ExtractionStatus.EMPTY;
            case ENCRYPTED -> ExtractionStatus.ENCRYPTED;
            case FAILED -> ExtractionStatus.FAILED;
        };
        extractionFailure = result.failure();
        this.textSha256 = textSha256;
        textTruncated = result.truncated();
        if (result.mediaType() != null && !result.mediaType().isBlank()) {
            mediaType = shorten(result.mediaType(), 200);
        }
        propertyAuthor = shorten(result.author(), 300);
        propertyTitle = shorten(result.title(), 500);
        propertyCreated = result.created() == null ? null : result.created().atOffset(ZoneOffset.UTC);
        propertyPages = result.pages();
        propertyLanguage = shorten(result.language(), 10);
    }

    /** Puts the version back in the extraction queue. */
    public void retryExtraction() {
        extractionStatus = ExtractionStatus.PENDING;
        extractionFailure = null;
    }

    private static String shorten(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public long getSize() {
        return size;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getComment() {
        return comment;
    }

    public Person getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant();
    }

    public ExtractionStatus getExtractionStatus() {
        return extractionStatus;
    }

    public ExtractionFailure getExtractionFailure() {
        return extractionFailure;
    }

    public int getExtractionAttempts() {
        return extractionAttempts;
    }

    public Instant getExtractedAt() {
        return extractedAt == null ? null : extractedAt.toInstant();
    }

    public String getTextSha256() {
        return textSha256;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public String getPropertyAuthor() {
        return propertyAuthor;
    }

    public String getPropertyTitle() {
        return propertyTitle;
    }

    public Instant getPropertyCreated() {
        return propertyCreated == null ? null : propertyCreated.toInstant();
    }

    public Integer getPropertyPages() {
        return propertyPages;
    }

    public String getPropertyLanguage() {
        return propertyLanguage;
    }
}
