package fr.prma.interactifs.documents.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import fr.prma.interactifs.directory.entity.Organisation;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.persistence.CascadeType;
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
 * A document of the library: what it is called and filed under, who may read it, who deposited it, and its
 * versions, the last of which is the current one unless an earlier one was restored (which deposits it again
 * as a new version, so that the history only ever grows).
 * <p>
 * Visibility is "all of Les Interactifs" or a non-empty set of bodies. Deleting is soft: the document goes to
 * a bin that administrators empty.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = "Document.findAfterId", query = "select d from Document d where d.id > :after order by d.id")
@NamedQuery(name = "Document.countForIndex", query = "select count(d) from Document d where d.deletedAt is null")
@NamedQuery(name = "Document.findInBin", query = "select d from Document d where d.deletedAt is not null"
        + " order by d.deletedAt desc")
public class Document {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TAG_MAX = 60;
    public static final int TAGS_MAX = 20;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "title_from_name", nullable = false)
    private boolean titleFromName;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentCategory category;

    @ElementCollection
    @CollectionTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "tag", length = TAG_MAX)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "visible_to_all", nullable = false)
    private boolean visibleToAll;

    @ManyToMany
    @JoinTable(name = "document_body", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "body_id"))
    private Set<Body> bodies = new java.util.HashSet<>();

    @Column(name = "filed_year", nullable = false)
    private int year;

    @Column(name = "type_family", nullable = false, length = 20)
    private String typeFamily;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploader_id", nullable = false, updatable = false)
    private Person uploader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deleted_by_id")
    private Person deletedBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected Document() {
        // for JPA
    }

    /**
     * A new document with its first version.
     *
     * @param bodies the bodies it is visible to, or empty for all of Les Interactifs
     */
    public Document(DocumentDescription description, Set<Body> bodies, DepositedFile file, Person uploader,
            Instant now) {
        boolean untitled = description.title() == null || description.title().isBlank();
        describe(untitled ? description.titled(FileNames.titleFromName(file.name())) : description);
        titleFromName = untitled;
        changeVisibility(bodies);
        this.uploader = Objects.requireNonNull(uploader);
        this.organisation = uploader.getOrganisation();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        this.year = now.atZone(PARIS).getYear();
        this.currentNumber = 1;
        versions.add(new DocumentVersion(this, 1, file, null, uploader, now));
        this.typeFamily = file.family();
    }

    /** Changes title, description, category and tags. */
    public void describe(DocumentDescription description) {
        requireNotDeleted();
        String cleanTitle = description.title() == null ? "" : description.title().strip();
        if (cleanTitle.isEmpty()) {
            throw new BusinessException("document.error.titleRequired");
        }
        if (cleanTitle.length() > TITLE_MAX) {
            throw new BusinessException("document.error.titleTooLong", TITLE_MAX);
        }
        String cleanDescription = description.description() == null ? null : description.description().strip();
        if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_MAX) {
            throw new BusinessException("document.error.descriptionTooLong", DESCRIPTION_MAX);
        }
        if (description.category() == null) {
            throw new BusinessException("document.error.categoryRequired");
        }
        titleFromName = false;
        title = cleanTitle;
        this.description = cleanDescription == null || cleanDescription.isEmpty() ? null : cleanDescription;
        category = description.category();
        tags.clear();
        tags.addAll(cleanTags(description.tags()));
    }

    /** Tags as people type them: trimmed, without duplicates that differ only by case, each of a sensible length. */
    static Set<String> cleanTags(List<String> typed) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (String tag : typed == null ? List.<String>of() : typed) {
            String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > TAG_MAX) {
                throw new BusinessException("document.error.tagTooLong", clean, TAG_MAX);
            }
            byLowerCase.putIfAbsent(clean.toLowerCase(Locale.FRENCH), clean);
        }
        if (byLowerCase.size() > TAGS_MAX) {
            throw new BusinessException("document.error.tooManyTags", TAGS_MAX);
        }
        return new TreeSet<>(byLowerCase.values());
    }

    /** @param newBodies the bodies it becomes visible to, or empty for all of Les Interactifs */
    public void changeVisibility(Set<Body> newBodies) {
        requireNotDeleted();
        bodies.clear();
        bodies.addAll(newBodies);
        visibleToAll = newBodies.isEmpty();
    }

    /** Deposits a new version, which becomes the current one. */
    public DocumentVersion addVersion(DepositedFile file, String comment, Person by, Instant now) {
        requireNotDeleted();
        if (comment != null && comment.strip().length() > DocumentVersion.COMMENT_MAX) {
            throw new BusinessException("document.error.commentTooLong", DocumentVersion.COMMENT_MAX);
        }
        DocumentVersion added = new DocumentVersion(this, nextNumber(), file, comment, by, now);
        return becomeCurrent(added, now);
    }

    /**
     * Makes an earlier version current again, by depositing its content anew as the next version: nothing
     * in the history is rewritten, and the extraction already done is kept.
     */
    public DocumentVersion restore(int number, String comment, Person by, Instant now) {
        requireNotDeleted();
        DocumentVersion earlier = version(number);
        if (number == currentNumber) {
            throw new BusinessException("document.error.alreadyCurrent", number);
        }
        return becomeCurrent(earlier.copyAs(nextNumber(), comment, by, now), now);
    }

    private DocumentVersion becomeCurrent(DocumentVersion added, Instant now) {
        versions.add(added);
        currentNumber = added.getNumber();
        typeFamily = DepositedFile.familyOf(added.getMediaType());
        updatedAt = now.atOffset(ZoneOffset.UTC);
        return added;
    }

    private int nextNumber() {
        return versions.stream().mapToInt(DocumentVersion::getNumber).max().orElse(0) + 1;
    }

    /**
     * Takes the title the current version's file gives itself, only to fill an empty title: one made from a
     * file's name that says nothing. A title the depositor gave, or one made from a name that says something,
     * is kept; a file's title that says nothing ("about:blank") is never taken ({@link ExtractedTitle}).
     */
    public void takeTitleFromFile() {
        if (!titleFromName) {
            return;
        }
        String filled = ExtractedTitle.keptOrFilled(title, true, current().getPropertyTitle());
        if (!filled.equals(title)) {
            title = cut(filled);
            titleFromName = false;
        }
    }

    /** A title cut to the column's size, without splitting a character (an emoji takes two units). */
    private static String cut(String title) {
        if (title.length() <= TITLE_MAX) {
            return title;
        }
        int end = Character.isHighSurrogate(title.charAt(TITLE_MAX - 1)) ? TITLE_MAX - 1 : TITLE_MAX;
        return title.substring(0, end).strip();
    }

    /** Follows the type the extraction found for the current version. */
    public void followCurrentType() {
        typeFamily = DepositedFile.familyOf(current().getMediaType());
    }

    /** Files the document under the year its current version says it was created in, when it says. */
    public void fileUnderCreationYear() {
        Instant created = current().getPropertyCreated();
        if (created != null) {
            int createdYear = created.atZone(PARIS).getYear();
            if (createdYear >= 1970 && createdYear <= updatedAt.getYear()) {
                year = createdYear;
            }
        }
    }

    /** Moves the document to the bin. */
    public void delete(Person by, Instant now) {
        requireNotDeleted();
        deletedAt = now.atOffset(ZoneOffset.UTC);
        deletedBy = Objects.requireNonNull(by);
    }

    /** Takes the document back out of the bin. */
    public void undelete() {
        if (deletedAt == null) {
            throw new BusinessException("document.error.notInBin");
        }
        deletedAt = null;
        deletedBy = null;
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw new BusinessException("document.error.inBin");
        }
    }

    public DocumentVersion current() {
        return version(currentNumber);
    }

    /** @throws BusinessException when there is no version of this number */
    public DocumentVersion version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new BusinessException("document.error.noSuchVersion", number));
    }

    /** Versions, newest first. */
    public List<DocumentVersion> history() {
        return versions.stream().sorted(Comparator.comparingInt(DocumentVersion::getNumber).reversed()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public boolean isTitleFromName() {
        return titleFromName;
    }

    public String getDescription() {
        return description;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public boolean isVisibleToAll() {
        return visibleToAll;
    }

    public Set<Body> getBodies() {
        return Set.copyOf(bodies);
    }

    public int getYear() {
        return year;
    }

    /** The family of the current version's type: pdf, text, word, spreadsheet, presentation, web, image, other. */
    public String getTypeFamily() {
        return typeFamily;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    public Person getUploader() {
        return uploader;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getDeletedAt() {
        return deletedAt == null ? null : deletedAt.toInstant();
    }

    public Person getDeletedBy() {
        return deletedBy;
    }

    public int getVersion() {
        return version;
    }
}
