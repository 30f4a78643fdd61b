package fr.prma.interactifs.workflow.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.text.RichText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A position paper (<i>note de position</i>) of the Influence line: its authors' working copy, and the versions
 * they froze by submitting it. The working copy changes only while it is a draft or sent back for changes.
 */
@Entity
@Table(name = "position_paper")
@NamedQuery(name = "PositionPaper.findByAuthor", query = "select p from PositionPaper p join p.authors a "
        + "where a.id = :personId order by p.updatedAt desc")
@NamedQuery(name = "PositionPaper.findByStatus", query = "select p from PositionPaper p where p.status = :status "
        + "order by p.updatedAt desc")
public class PositionPaper {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 2000;
    public static final int THEME_MAX = 200;
    public static final int ADDRESSEE_MAX = 300;
    public static final int BODY_MAX = 100_000;

    @Id
    @SequenceGenerator(name = "position_paper_seq", sequenceName = "position_paper_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "position_paper_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @Column(length = THEME_MAX)
    private String theme;

    @Column(length = ADDRESSEE_MAX)
    private String addressee;

    @Column(name = "body_html", length = BODY_MAX)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private Person createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "version_count", nullable = false)
    private int versionCount;

    @ManyToMany
    @JoinTable(name = "position_paper_author", joinColumns = @JoinColumn(name = "paper_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> authors = new HashSet<>();

    /** The library's documents attached to the working copy, by id. */
    @ElementCollection
    @CollectionTable(name = "position_paper_attachment", joinColumns = @JoinColumn(name = "paper_id"))
    @Column(name = "document_id")
    private Set<Long> attachmentIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "paper", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<PaperVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected PositionPaper() {
        // for JPA
    }

    /** A new draft; its creator is its first author. */
    public PositionPaper(Person creator, PaperDraft text, Instant now) {
        this.createdBy = creator;
        this.createdAt = now;
        this.status = ReviewStatus.DRAFT;
        this.authors.add(creator);
        write(text, now);
    }

    /**
     * Replaces the working copy's text (sanitised).
     *
     * @throws BusinessException when the paper is under review or ended, or a field is missing or too long
     */
    public void write(PaperDraft text, Instant now) {
        requireEditable();
        String newTitle = text.title() == null ? "" : text.title().strip();
        require(!newTitle.isEmpty(), "workflow.paper.error.titleRequired");
        require(newTitle.length() <= TITLE_MAX, "workflow.paper.error.tooLong", TITLE_MAX);
        String body = text.bodyHtml() == null || RichText.isBlank(text.bodyHtml()) ? null
                : RichText.sanitize(text.bodyHtml());
        require(body == null || body.length() <= BODY_MAX, "workflow.paper.error.tooLong", BODY_MAX);
        this.title = newTitle;
        this.summary = bounded(text.summary(), SUMMARY_MAX);
        this.theme = bounded(text.theme(), THEME_MAX);
        this.addressee = bounded(text.addressee(), ADDRESSEE_MAX);
        this.bodyHtml = body;
        this.updatedAt = now;
    }

    /** Sets the authors; there is always one at least. */
    public void changeAuthors(Set<Person> people, Instant now) {
        requireEditable();
        require(!people.isEmpty(), "workflow.paper.error.noAuthor");
        authors.clear();
        authors.addAll(people);
        updatedAt = now;
    }

    /** Sets the library documents attached to the working copy. */
    public void changeAttachments(Set<Long> documentIds, Instant now) {
        requireEditable();
        attachmentIds.clear();
        attachmentIds.addAll(documentIds);
        updatedAt = now;
    }

    /**
     * Freezes the working copy as the next version and puts the paper in review.
     *
     * @param attachments the attached documents as they are now (version and hash), read by the service
     * @throws BusinessException when the paper holds neither text nor attachment, or may not be submitted now
     */
    public PaperVersion freeze(List<AttachedDocument> attachments, Person by, Instant now) {
        requireEditable();
        require(bodyHtml != null || !attachments.isEmpty(), "workflow.paper.error.empty");
        status = status.moveTo(ReviewStatus.IN_REVIEW);
        versionCount++;
        PaperVersion frozen = new PaperVersion(this, versionCount,
                new PaperDraft(title, summary, theme, addressee, bodyHtml), attachments, by, now);
        versions.add(frozen);
        updatedAt = now;
        return frozen;
    }

    /** Follows its review: sent back, adopted, rejected, withdrawn. */
    public void follow(ReviewStatus reviewStatus, Instant now) {
        status = status.moveTo(reviewStatus);
        updatedAt = now;
    }

    public boolean isAuthor(long personId) {
        return authors.stream().anyMatch(author -> author.getId() == personId);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessException("workflow.paper.error.notEditable", status.label());
        }
    }

    private static String bounded(String value, int max) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        require(stripped.length() <= max, "workflow.paper.error.tooLong", max);
        return stripped;
    }

    private static void require(boolean condition, String messageKey, Object... parameters) {
        if (!condition) {
            throw new BusinessException(messageKey, parameters);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getTheme() {
        return theme;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Person> getAuthors() {
        return Collections.unmodifiableSet(authors);
    }

    public Set<Long> getAttachmentIds() {
        return Collections.unmodifiableSet(attachmentIds);
    }

    public List<PaperVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    /** The last frozen version, or {@code null} before the first submission. */
    public PaperVersion lastVersion() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public int getVersion() {
        return version;
    }
}
