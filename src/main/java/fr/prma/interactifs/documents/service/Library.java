package fr.prma.interactifs.documents.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditEntry;
import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Organisation;
import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.entity.DepositedFile;
import fr.prma.interactifs.documents.entity.Document;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.entity.DocumentVersion;
import fr.prma.interactifs.documents.entity.ExtractedTitle;
import fr.prma.interactifs.documents.entity.ExtractionStatus;
import fr.prma.interactifs.documents.entity.FileNames;
import fr.prma.interactifs.documents.storage.ContentStore;
import fr.prma.interactifs.documents.storage.ContentTooLargeException;
import fr.prma.interactifs.documents.storage.StoredContent;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.text.SearchText;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The document library's use cases: deposit, describe, restrict, version, restore, delete, list, read and
 * download. Each public method is one transaction; it applies {@link DocumentPolicy}, lets {@link Document}
 * apply its rules, writes the audit trail, and tells the search index and the extraction worker what changed
 * once the transaction has committed.
 * <p>
 * Content is written to the {@link ContentStore} before the transaction that refers to it commits; if the
 * transaction rolls back, the content stays unreferenced and is swept after a grace period. A document the
 * actor may not read answers {@link NotFoundException}, like a missing one: ids reveal nothing.
 */
@Stateless
public class Library {

    static final String AUDIT_SUBJECT = "document";

    /** The audit trail is written in French, the cluster's language, from the same bundle as the pages. */
    private static final ResourceBundle AUDIT_TEXTS =
            ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", Locale.FRENCH);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private AuditTrail audit;

    @Inject
    private ContentStore store;

    @Inject
    private DocumentSettings settings;

    @Inject
    private IndexedDocuments indexed;

    @Inject
    private Event<DocumentChanged> changes;

    @Inject
    private Event<ExtractionRequested> extractions;

    // --- Depositing --------------------------------------------------------------------------------------

    /**
     * Deposits a new document.
     *
     * @throws BusinessException when the file is empty, too large, of a refused type, or the description or
     *                           visibility is not acceptable; nothing is kept then
     */
    public DepositOutcome deposit(Actor actor, Deposit deposit) {
        DocumentPolicy policy = policyOf(actor);
        if (!policy.canDeposit()) {
            throw new BusinessException("document.error.depositNotAllowed");
        }
        Set<Body> bodies = bodies(deposit.visibility().restrictedTo());
        if (!policy.canDepositFor(ids(bodies))) {
            throw new BusinessException("document.error.visibilityNotAllowed");
        }
        DepositedFile file = receive(deposit.content(), deposit.fileName());
        Person uploader = person(actor);
        Document document = new Document(deposit.description(), bodies, file, uploader, Instant.now());
        em.persist(document);
        em.flush();
        audit.record(actor, "document.deposited", AUDIT_SUBJECT, document.getId(),
                document.getTitle() + " (" + file.name() + ")");
        afterChange(document);
        extractions.fire(new ExtractionRequested(document.current().getId(), actor.importer()));
        return new DepositOutcome(document.getId(), document.getTitle(), sameContent(policy, document));
    }

    /** Deposits a new version of a document; it becomes the current one. */
    public VersionDetails addVersion(Actor actor, long documentId, InputStream content, String fileName,
            String comment) {
        Document document = changeable(actor, documentId);
        DepositedFile file = receive(content, fileName);
        DocumentVersion added = document.addVersion(file, comment, person(actor), Instant.now());
        em.flush();
        audit.record(actor, "document.versionAdded", AUDIT_SUBJECT, documentId,
                "v" + added.getNumber() + " (" + file.name() + ")" + (added.getComment() == null ? ""
                        : " : " + added.getComment()));
        afterChange(document);
        extractions.fire(new ExtractionRequested(added.getId()));
        return versionDetails(added, true);
    }

    /** Makes an earlier version current again, as a new version with the same content. */
    public VersionDetails restore(Actor actor, long documentId, int number, String comment) {
        Document document = changeable(actor, documentId);
        DocumentVersion restored = document.restore(number, comment, person(actor), Instant.now());
        em.flush();
        audit.record(actor, "document.versionRestored", AUDIT_SUBJECT, documentId,
                "v" + number + " → v" + restored.getNumber());
        afterChange(document);
        if (!restored.getExtractionStatus().isFinished()) {
            extractions.fire(new ExtractionRequested(restored.getId()));
        }
        return versionDetails(restored, true);
    }

    /**
     * Files a rendition the intranet made (the PDF of published minutes) as a new document, or as the next
     * version of the document that holds its earlier ones. The calling service has checked that the actor may
     * publish it; the library's deposit rule (members of the cluster, for their bodies) does not apply.
     *
     * @return the document's id
     */
    public long file(Actor actor, Rendition rendition) {
        DepositedFile file = receive(new ByteArrayInputStream(rendition.content()), rendition.fileName());
        Person by = person(actor);
        Document existing = rendition.documentId() == null ? null : em.find(Document.class, rendition.documentId());
        DocumentVersion version;
        Document document;
        if (existing == null || existing.isDeleted()) {
            document = new Document(new DocumentDescription(rendition.title(), null, rendition.category(),
                    rendition.tags()), bodies(rendition.bodies()), file, by, Instant.now());
            em.persist(document);
            em.flush();
            version = document.current();
            audit.record(actor, "document.filed", AUDIT_SUBJECT, document.getId(), document.getTitle());
        } else {
            document = existing;
            version = document.addVersion(file, rendition.comment(), by, Instant.now());
            em.flush();
            audit.record(actor, "document.versionAdded", AUDIT_SUBJECT, document.getId(),
                    "v" + version.getNumber() + (version.getComment() == null ? "" : " : " + version.getComment()));
        }
        afterChange(document);
        extractions.fire(new ExtractionRequested(version.getId()));
        return document.getId();
    }

    private DepositedFile receive(InputStream content, String fileName) {
        String name = FileNames.sanitise(fileName);
        StoredContent stored;
        try {
            stored = store.store(content, settings.maxSizeBytes());
        } catch (ContentTooLargeException tooLarge) {
            throw new BusinessException("document.error.tooLarge", name, settings.maxSizeMegabytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.size() == 0) {
            throw new BusinessException("document.error.empty", name);
        }
        try {
            String type = settings.types().accept(store.file(stored.sha256()), name);
            return new DepositedFile(stored.sha256(), stored.size(), name, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<DepositOutcome.SameContent> sameContent(DocumentPolicy policy, Document document) {
        return em.createNamedQuery("DocumentVersion.findSameContent", DocumentVersion.class)
                .setParameter("sha256", document.current().getContentSha256())
                .setParameter("document", document.getId()).getResultStream()
                .map(DocumentVersion::getDocument)
                .filter(other -> policy.canRead(facts(other)))
                .map(other -> new DepositOutcome.SameContent(other.getId(), other.getTitle()))
                .toList();
    }

    /**
     * The documents this person may read whose current version holds exactly this content (by its SHA-256), out
     * of the bin, oldest first: what an import script asks before sending a file, to send it only once.
     */
    public List<Long> withContent(Actor actor, String sha256) {
        DocumentPolicy policy = policyOf(actor);
        return em.createNamedQuery("DocumentVersion.findSameContent", DocumentVersion.class)
                .setParameter("sha256", sha256).setParameter("document", -1L).getResultStream()
                .map(DocumentVersion::getDocument)
                .filter(document -> policy.canRead(facts(document)))
                .map(Document::getId)
                .toList();
    }

    // --- Changing ----------------------------------------------------------------------------------------

    /** Changes title, description, category and tags, from the version the person started from. */
    public void describe(Actor actor, long documentId, DocumentDescription description, int expectedVersion) {
        Document document = changeable(actor, documentId);
        requireVersion(document, expectedVersion);
        String before = document.getTitle();
        document.describe(description);
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "document.described", AUDIT_SUBJECT, documentId,
                before.equals(document.getTitle()) ? document.getTitle() : before + " → " + document.getTitle());
        afterChange(document);
    }

    /** Makes the document visible to all of Les Interactifs (no bodies) or to these bodies only. */
    public void changeVisibility(Actor actor, long documentId, Set<BodyCode> codes, int expectedVersion) {
        changeVisibility(actor, documentId, Visibility.of(codes), expectedVersion);
    }

    /**
     * Makes the document visible to the whole cluster or to some bodies, as chosen on its page.
     *
     * @throws BusinessException when the choice is both, or some bodies without any
     */
    public void changeVisibility(Actor actor, long documentId, Visibility visibility, int expectedVersion) {
        Document document = changeable(actor, documentId);
        requireVersion(document, expectedVersion);
        Set<Body> bodies = bodies(visibility.restrictedTo());
        if (!policyOf(actor).canDepositFor(ids(bodies))) {
            throw new BusinessException("document.error.visibilityNotAllowed");
        }
        String before = visibilityText(document);
        document.changeVisibility(bodies);
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "document.visibilityChanged", AUDIT_SUBJECT, documentId,
                before + " → " + visibilityText(document));
        afterChange(document);
    }

    /** Moves the document to the bin: it leaves the library and the search at once. */
    public void delete(Actor actor, long documentId) {
        Document document = changeable(actor, documentId);
        document.delete(person(actor), Instant.now());
        audit.record(actor, "document.deleted", AUDIT_SUBJECT, documentId, document.getTitle());
        changes.fire(new DocumentChanged(documentId, null));
    }

    /** The documents in the bin, most recently deleted first (administrators). */
    public List<BinEntry> bin(Actor actor) {
        requireAdministrator(actor);
        return em.createNamedQuery("Document.findInBin", Document.class).getResultStream()
                .map(d -> new BinEntry(d.getId(), d.getTitle(), d.getDeletedAt(),
                        d.getDeletedBy() == null ? "" : d.getDeletedBy().getDisplayName()))
                .toList();
    }

    /** Takes a document out of the bin (administrators): it is back in the library and the search. */
    public void undelete(Actor actor, long documentId) {
        requireAdministrator(actor);
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new NotFoundException("document " + documentId);
        }
        document.undelete();
        audit.record(actor, "document.undeleted", AUDIT_SUBJECT, documentId, document.getTitle());
        afterChange(document);
    }

    /**
     * Empties the bin (administrators): its documents and their versions are removed for good; their content
     * leaves the store at the next nightly sweep, unless another document holds the same.
     *
     * @return how many documents were removed
     */
    public int emptyBin(Actor actor) {
        requireAdministrator(actor);
        List<Document> deleted = em.createNamedQuery("Document.findInBin", Document.class).getResultList();
        for (Document document : deleted) {
            audit.record(actor, "document.removed", AUDIT_SUBJECT, document.getId(), document.getTitle());
            em.remove(document);
        }
        return deleted.size();
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.administrator()) {
            throw new BusinessException("document.error.adminOnly");
        }
    }

    /** Asks for the current version's extraction again (after a failure, or a password removed). */
    public void retryExtraction(Actor actor, long documentId) {
        Document document = readable(actor, documentId);
        if (!policyOf(actor).canRetryExtraction(facts(document))) {
            throw new BusinessException("document.error.retryNotAllowed");
        }
        DocumentVersion current = document.current();
        if (!current.getExtractionStatus().isRetryable()) {
            throw new BusinessException("document.error.notRetryable");
        }
        current.retryExtraction();
        audit.record(actor, "document.extractionRetried", AUDIT_SUBJECT, documentId, "v" + current.getNumber());
        extractions.fire(new ExtractionRequested(current.getId()));
    }

    private void afterChange(Document document) {
        changes.fire(new DocumentChanged(document.getId(), indexed.of(document)));
    }

    // --- Reading -----------------------------------------------------------------------------------------

    /** @throws NotFoundException when the document does not exist, is in the bin, or the actor may not read it */
    public DocumentDetails find(Actor actor, long documentId) {
        Document document = readable(actor, documentId);
        DocumentPolicy policy = policyOf(actor);
        List<VersionDetails> versions = document.history().stream()
                .map(v -> versionDetails(v, v.getNumber() == document.getCurrentNumber())).toList();
        List<Body> bodies = document.getBodies().stream()
                .sorted(Comparator.comparingInt(Body::getDisplayOrder)).toList();
        Organisation organisation = document.getOrganisation();
        return new DocumentDetails(document.getId(), document.getTitle(), document.getDescription(),
                document.getCategory(), document.getTags(), document.isVisibleToAll(),
                bodies.stream().map(Body::getCode).toList(), bodies.stream().map(Body::getName).toList(),
                document.getYear(), document.getUploader().getDisplayName(),
                organisation == null ? null : organisation.getName(), document.getCreatedAt(),
                document.getUpdatedAt(), versionDetails(document.current(), true), versions,
                policy.canChange(facts(document)),
                document.current().getExtractionStatus().isRetryable() && policy.canRetryExtraction(facts(document)),
                document.isDeleted(), document.getVersion());
    }

    /**
     * What happened to the document (deposits, versions, changes, downloads of a restricted document), oldest
     * first, for those who may change it.
     *
     * @throws NotFoundException when the actor may not read it
     * @throws BusinessException when they may read it but not change it
     */
    public List<AuditEntry> history(Actor actor, long documentId) {
        changeable(actor, documentId);
        return audit.historyOf(AUDIT_SUBJECT, documentId);
    }

    /**
     * A version to download; downloads of documents restricted to bodies are written to the audit trail.
     *
     * @param number the version, or null for the current one
     */
    public Download download(Actor actor, long documentId, Integer number) {
        Document document = readable(actor, documentId);
        DocumentVersion version = number == null ? document.current() : versionOrNotFound(document, number);
        if (!document.isVisibleToAll()) {
            audit.record(actor, "document.downloaded", AUDIT_SUBJECT, documentId, "v" + version.getNumber());
        }
        return new Download(version.getContentSha256(), version.getOriginalName(), version.getMediaType(),
                version.getSize());
    }

    /**
     * A document as it is now, for another feature that holds on to it (a position paper's attachment): its
     * current version and content hash, if the actor may read it.
     *
     * @throws NotFoundException when it does not exist, is in the bin, or the actor may not read it
     */
    public DocumentSnapshot snapshot(Actor actor, long documentId) {
        Document document = readable(actor, documentId);
        DocumentVersion current = document.current();
        return new DocumentSnapshot(documentId, document.getTitle(), current.getNumber(), current.getContentSha256(),
                document.isVisibleToAll(), document.getBodies().stream().map(Body::getCode)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** One page of the documents the actor may read, narrowed and sorted as asked. */
    public LibraryPage page(Actor actor, LibraryFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = readableBy(actor, parameters);
        if (filter.category() != null) {
            where.append(" and d.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.body() != null) {
            where.append(" and exists (select fb from Document f join f.bodies fb where f = d and fb.code = :body)");
            parameters.put("body", filter.body());
        }
        if (filter.family() != null) {
            where.append(" and d.typeFamily = :family");
            parameters.put("family", filter.family());
        }
        if (filter.organisation() != null) {
            where.append(" and d.organisation.slug = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.year() != null) {
            where.append(" and d.year = :year");
            parameters.put("year", filter.year());
        }
        String order = switch (filter.sort()) {
            case NEWEST -> " order by d.updatedAt desc, d.id desc";
            case OLDEST -> " order by d.updatedAt, d.id";
            case TITLE -> " order by d.title, d.id";
            case YEAR -> " order by d.year desc, d.updatedAt desc, d.id desc";
        };
        TypedQuery<Long> count = em.createQuery("select count(d) from Document d" + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select d.id, d.title, d.category, d.typeFamily, d.year,"
                + " o.name, d.updatedAt, v.size, v.extractionStatus, d.visibleToAll from Document d"
                + " left join d.organisation o join d.versions v" + where
                + " and v.number = d.currentNumber" + order, Object[].class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<LibraryRow> page = new ArrayList<>();
        for (Object[] row : rows.setFirstResult(offset).setMaxResults(limit).getResultList()) {
            page.add(new LibraryRow((Long) row[0], (String) row[1], (DocumentCategory) row[2], (String) row[3],
                    (Integer) row[4], (String) row[5], ((OffsetDateTime) row[6]).toInstant(), (Long) row[7],
                    (ExtractionStatus) row[8], (Boolean) row[9]));
        }
        return new LibraryPage(count.getSingleResult(), page);
    }

    /**
     * The documents the actor may read whose title contains the words typed, without case or accents ("reunion"
     * finds "Réunion"), by title: the choices when a document is picked for something else (an agenda item).
     * Titles are compared here rather than in SQL, which would mind the accents; two columns of the readable
     * documents are read for it, few enough for the cluster's library.
     */
    public List<DocumentChoice> readableTitled(Actor actor, String words, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery("select d.id, d.title from Document d"
                + readableBy(actor, parameters) + " order by d.title, d.id", Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultStream().filter(row -> SearchText.contains((String) row[1], words)).limit(max)
                .map(row -> new DocumentChoice((Long) row[0], (String) row[1])).toList();
    }

    /**
     * Of these documents, those the actor may read, with their title, in the order given: the others are left
     * out as if they did not exist (not even their title is given), like those in the bin.
     */
    public List<DocumentChoice> readableAmong(Actor actor, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        DocumentPolicy policy = policyOf(actor);
        Map<Long, String> readable = new HashMap<>();
        withWhatIsShown(em.createQuery("select d from Document d where d.id in :ids and d.deletedAt is null",
                Document.class).setParameter("ids", documentIds)).getResultStream()
                .filter(document -> policy.canRead(facts(document)))
                .forEach(document -> readable.put(document.getId(), document.getTitle()));
        return documentIds.stream().distinct().filter(readable::containsKey)
                .map(id -> new DocumentChoice(id, readable.get(id))).toList();
    }

    /** A document offered or shown by its title, for another feature (an agenda item's documents). */
    public record DocumentChoice(long id, String title) implements Serializable {
    }

    /** The bodies the actor may restrict a document to: those they sit in (every body for administrators). */
    public List<BodyCode> bodiesForDeposit(Actor actor) {
        Set<Long> seats = policyOf(actor).bodyIds();
        return em.createNamedQuery("Body.findAll", Body.class).getResultStream()
                .filter(body -> actor.administrator() || seats.contains(body.getId()))
                .map(Body::getCode).toList();
    }

    /** The organisations documents were deposited for, by name: the choices of the library's filter. */
    public List<OrganisationChoice> organisationsWithDocuments() {
        return em.createQuery("select distinct o.slug, o.name from Document d join d.organisation o"
                + " where d.deletedAt is null order by o.name", Object[].class).getResultStream()
                .map(row -> new OrganisationChoice((String) row[0], (String) row[1])).toList();
    }

    /** An organisation in a filter: its slug (the parameter) and its name. */
    public record OrganisationChoice(String slug, String name) {
    }

    /** Whether the actor may deposit documents at all (the page offers the form only then). */
    public boolean canDeposit(Actor actor) {
        return policyOf(actor).canDeposit();
    }

    /** The policy that applies to the actor: their bodies, their organisation. */
    public DocumentPolicy policyOf(Actor actor) {
        Person person = person(actor);
        Organisation organisation = person.getOrganisation();
        boolean clusterMember = organisation != null && organisation.getKind() != OrganisationKind.PARTNER;
        return new DocumentPolicy(actor, memberships.bodyIdsOf(actor.personId()),
                organisation == null ? null : organisation.getId(), clusterMember);
    }

    // --- Helpers -----------------------------------------------------------------------------------------

    /**
     * The condition of a query on {@code Document d} that keeps the documents out of the bin the actor may read,
     * as {@link DocumentPolicy#canRead} decides; its parameters are added to {@code parameters}.
     */
    private StringBuilder readableBy(Actor actor, Map<String, Object> parameters) {
        DocumentPolicy policy = policyOf(actor);
        StringBuilder where = new StringBuilder(" where d.deletedAt is null");
        if (!actor.administrator() && !actor.importer()) {
            // Visible to all = restricted to no body. (EclipseLink writes a boolean comparison as "= 1", which
            // H2 2 refuses; the bodies say the same thing portably.)
            String toAll = "not exists (select a from Document r0 join r0.bodies a where r0 = d)";
            if (policy.bodyIds().isEmpty()) {
                where.append(" and ").append(toAll);
            } else {
                where.append(" and (").append(toAll).append(" or exists (select b from Document r join r.bodies b"
                        + " where r = d and b.id in :readerBodies))");
                parameters.put("readerBodies", policy.bodyIds());
            }
        }
        return where;
    }

    private Document readable(Actor actor, long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || document.isDeleted() || !policyOf(actor).canRead(facts(document))) {
            throw new NotFoundException("document " + documentId);
        }
        return document;
    }

    private Document changeable(Actor actor, long documentId) {
        Document document = readable(actor, documentId);
        if (!policyOf(actor).canChange(facts(document))) {
            throw new BusinessException("document.error.changeNotAllowed");
        }
        return document;
    }

    private static DocumentVersion versionOrNotFound(Document document, int number) {
        return document.history().stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("document " + document.getId() + " v" + number));
    }

    private static void requireVersion(Document document, int expectedVersion) {
        if (document.getVersion() != expectedVersion) {
            throw new BusinessException("document.error.changedMeanwhile");
        }
    }

    /**
     * Reads, along with a list of documents, their versions, bodies, tags and people in a few batched queries
     * (EclipseLink's batch reading) rather than a few queries per document.
     */
    static TypedQuery<Document> withWhatIsShown(TypedQuery<Document> query) {
        for (String relation : List.of("d.versions", "d.bodies", "d.tags", "d.uploader", "d.organisation")) {
            query.setHint("eclipselink.batch", relation);
        }
        return query.setHint("eclipselink.batch.type", "IN");
    }

    static DocumentPolicy.Facts facts(Document document) {
        return new DocumentPolicy.Facts(document.isVisibleToAll(),
                document.getBodies().stream().map(Body::getId).collect(Collectors.toSet()),
                document.getUploader().getId(),
                document.getOrganisation() == null ? null : document.getOrganisation().getId());
    }

    private Set<Body> bodies(Set<BodyCode> codes) {
        Set<Body> bodies = new HashSet<>();
        for (BodyCode code : codes) {
            bodies.add(em.createNamedQuery("Body.findByCode", Body.class).setParameter("code", code)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new BusinessException("document.error.noSuchBody")));
        }
        return bodies;
    }

    private static Set<Long> ids(Set<Body> bodies) {
        return bodies.stream().map(Body::getId).collect(Collectors.toSet());
    }

    /** The id of each body, as the search index names them. */
    public Map<BodyCode, Long> bodyIds() {
        Map<BodyCode, Long> ids = new EnumMap<>(BodyCode.class);
        em.createNamedQuery("Body.findAll", Body.class).getResultStream().forEach(b -> ids.put(b.getCode(), b.getId()));
        return ids;
    }

    private static String visibilityText(Document document) {
        return document.isVisibleToAll() ? AUDIT_TEXTS.getString("document.visibility.all")
                : document.getBodies().stream().map(Body::getName).sorted().collect(Collectors.joining(", "));
    }

    private Person person(Actor actor) {
        Person person = em.find(Person.class, actor.personId());
        if (person == null) {
            throw new NotFoundException("person " + actor.personId());
        }
        return person;
    }

    static VersionDetails versionDetails(DocumentVersion v, boolean current) {
        return new VersionDetails(v.getNumber(), v.getOriginalName(), v.getMediaType(),
                DepositedFile.familyOf(v.getMediaType()), v.getSize(), v.getComment(),
                v.getUploadedBy().getDisplayName(), v.getUploadedAt(), v.getExtractionStatus(),
                v.getExtractionFailure(), v.isTextTruncated(), v.getPropertyAuthor(),
                ExtractedTitle.meaningful(v.getPropertyTitle()).orElse(null),
                v.getPropertyCreated(), v.getPropertyPages(), v.getPropertyLanguage(), current);
    }
}
