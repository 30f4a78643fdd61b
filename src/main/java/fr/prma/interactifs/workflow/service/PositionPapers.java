package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.service.DocumentSnapshot;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.MeetingDetails;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.workflow.entity.AttachedDocument;
import fr.prma.interactifs.workflow.entity.Circuit;
import fr.prma.interactifs.workflow.entity.PaperDraft;
import fr.prma.interactifs.workflow.entity.PaperVersion;
import fr.prma.interactifs.workflow.entity.PositionPaper;
import fr.prma.interactifs.workflow.entity.Review;
import fr.prma.interactifs.workflow.entity.ReviewStatus;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Position papers (<i>notes de position</i>): their authors draft them, submit them to the default circuit
 * (working group, departmental meeting, steering committee), send a new version when changes are asked, or
 * withdraw them. A paper the person may not see answers as a paper that does not exist.
 */
@Stateless
public class PositionPapers {

    static final String AUDIT_SUBJECT = "position-paper";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Library library;

    @EJB
    private Reviews reviews;

    @EJB
    private Meetings meetings;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private AuditTrail audit;

    /** A new draft, seen by its authors only; its creator is its first author. */
    public long createDraft(Actor actor, PaperDraft text) {
        Person author = person(actor.personId());
        if (!mayDraft(author)) {
            throw new BusinessException("workflow.paper.error.membersOnly");
        }
        PositionPaper paper = new PositionPaper(author, text, Instant.now());
        em.persist(paper);
        em.flush();
        audit.record(actor, "paper.created", AUDIT_SUBJECT, paper.getId(), paper.getTitle());
        return paper.getId();
    }

    /**
     * Saves what the authors wrote, in one go: the text, the co-authors and the attached documents; a new draft
     * when {@code paperId} is null.
     *
     * @return the paper's id
     */
    public long save(Actor actor, Long paperId, PaperDraft text, Set<Long> authorIds, Set<Long> documentIds,
            int expectedVersion) {
        long id = paperId == null ? createDraft(actor, text) : paperId;
        PositionPaper paper = authorsPaper(actor, id, paperId == null ? em.find(PositionPaper.class, id).getVersion()
                : expectedVersion);
        Instant now = Instant.now();
        if (paperId != null) {
            paper.write(text, now);
        }
        Set<Person> authors = coAuthors(paper, authorIds);
        paper.changeAuthors(authors, now);
        for (Long documentId : documentIds) {
            readableAttachment(actor, documentId);
        }
        paper.changeAttachments(documentIds, now);
        em.lock(paper, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (paperId != null) {
            audit.record(actor, "paper.written", AUDIT_SUBJECT, id, ReviewNotices.text("audit.paper.written",
                    paper.getTitle(), authors.size(), documentIds.size()));
        }
        return id;
    }

    /** The person's papers, the steps awaiting their opinion or decision, and the adopted papers. */
    public PapersOverview overview(Actor actor) {
        List<PaperSummary> mine = em.createNamedQuery("PositionPaper.findByAuthor", PositionPaper.class)
                .setParameter("personId", actor.personId()).getResultStream().map(PositionPapers::summary).toList();
        List<PaperSummary> adopted = em.createNamedQuery("PositionPaper.findByStatus", PositionPaper.class)
                .setParameter("status", ReviewStatus.APPROVED).getResultStream().map(PositionPapers::summary).toList();
        List<ReviewTask> tasks = tasks(actor);
        return new PapersOverview(mine, tasks, adopted, mayDraft(person(actor.personId())));
    }

    /** Whether the person may write papers: the note editor says why not to the others (partners read them). */
    public boolean mayDraft(Actor actor) {
        return mayDraft(person(actor.personId()));
    }

    /** Members of the cluster's structures and of the coordination write papers; partners do not. */
    private static boolean mayDraft(Person person) {
        return person.getOrganisation() != null && person.getOrganisation().getKind() != OrganisationKind.PARTNER;
    }

    /**
     * The steps awaiting the person ("À traiter"): papers and documents their body reviews now, with the deadline,
     * whether they gave their opinion and may decide. A document they may no longer read is left out.
     */
    public List<ReviewTask> tasks(Actor actor) {
        Instant now = Instant.now();
        List<ReviewTask> tasks = new ArrayList<>();
        for (ReviewStep step : reviews.openStepsOf(actor)) {
            PositionPaper paper = step.getReview().getPaper();
            Long documentId = step.getReview().getDocumentId();
            String title;
            try {
                title = paper != null ? paper.getTitle() : library.snapshot(actor, documentId).title();
            } catch (NotFoundException noLongerReadable) {
                continue;
            }
            tasks.add(new ReviewTask(paper == null ? null : paper.getId(), paper == null ? documentId : null, title,
                    step.getBody().getName(), step.getPosition(), step.getDeadlineAt(), step.isOverdue(now),
                    step.opinionOf(actor.personId()).map(o -> o.getChoice()).orElse(null),
                    reviews.mayDecide(actor, step)));
        }
        return tasks;
    }

    /**
     * The papers a meeting's body reviews now, and the decisions taken in the meeting, for whoever sees the
     * meeting; the papers under review only for the members who sat in the body when the step opened and for
     * those who run the body.
     *
     * @throws NotFoundException when the meeting does not exist or the actor may not see it
     */
    public MeetingPapers ofMeeting(Actor actor, long meetingId) {
        MeetingDetails meeting = meetings.find(actor, meetingId);
        boolean runsTheBody = meeting.canChange();
        List<MeetingPapers.Line> toDecide = em.createNamedQuery("ReviewStep.findOpenInBody", ReviewStep.class)
                .setParameter("code", meeting.body()).getResultStream()
                .filter(step -> step.getReview().getPaper() != null)
                .filter(step -> runsTheBody || step.getElectorate().contains(actor.personId()))
                .map(PositionPapers::line).toList();
        List<MeetingPapers.Line> decided = reviews.decidedIn(meetingId).stream()
                .filter(step -> step.getReview().getPaper() != null)
                .map(PositionPapers::line).toList();
        return new MeetingPapers(toDecide, decided);
    }

    private static MeetingPapers.Line line(ReviewStep step) {
        return new MeetingPapers.Line(step.getReview().getPaper().getId(), step.getReview().getPaper().getTitle(),
                step.getPosition(), step.getSubjectVersion(), step.getDeadlineAt(), step.getDecision(),
                step.getClosedAt(), step.getFavourable(), step.getUnfavourable(), step.getAbstentions(),
                step.getVoters(), step.isVotedInSession(), step.getReason());
    }

    /** The people who may be named co-authors: those who may write papers (partners read them), by name. */
    public List<PersonChoice> coAuthorChoices() {
        return em.createNamedQuery("Person.findAll", Person.class).getResultStream()
                .filter(PositionPapers::mayDraft)
                .map(p -> new PersonChoice(p.getId(), p.getDisplayName(),
                        p.getOrganisation() == null ? null : p.getOrganisation().getName()))
                .sorted(Comparator.comparing(PersonChoice::displayName, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
                .toList();
    }

    private static PaperSummary summary(PositionPaper paper) {
        return new PaperSummary(paper.getId(), paper.getTitle(), paper.getStatus(), paper.getAddressee(),
                paper.getUpdatedAt());
    }

    /** Rewrites the working copy (a draft, or a paper sent back for changes). */
    public void write(Actor actor, long paperId, PaperDraft text, int expectedVersion) {
        PositionPaper paper = authorsPaper(actor, paperId, expectedVersion);
        paper.write(text, Instant.now());
        em.lock(paper, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "paper.written", AUDIT_SUBJECT, paperId, paper.getTitle());
    }

    /** Sets the co-authors: people of the cluster, the actor included or not, one at least. */
    public void changeAuthors(Actor actor, long paperId, Set<Long> personIds, int expectedVersion) {
        PositionPaper paper = authorsPaper(actor, paperId, expectedVersion);
        Set<Person> authors = coAuthors(paper, personIds);
        paper.changeAuthors(authors, Instant.now());
        em.lock(paper, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "paper.authorsChanged", AUDIT_SUBJECT, paperId,
                ReviewNotices.text("audit.paper.authorsChanged", authors.size()));
    }

    /**
     * The people named as the paper's authors. Those named anew must be able to write papers themselves: someone
     * who left the cluster stays an author of what they wrote but is not named anew, and partners read papers
     * (they are not co-authors).
     */
    private Set<Person> coAuthors(PositionPaper paper, Set<Long> personIds) {
        Set<Long> before = paper.getAuthors().stream().map(Person::getId).collect(Collectors.toSet());
        Set<Person> authors = new HashSet<>();
        for (Long id : personIds) {
            Person author = person(id);
            if (!before.contains(id) && author.getOrganisation() == null) {
                throw new BusinessException("workflow.paper.error.coAuthorLeft", author.getDisplayName());
            }
            if (!before.contains(id) && !mayDraft(author)) {
                throw new BusinessException("workflow.paper.error.coAuthorPartner", author.getDisplayName());
            }
            authors.add(author);
        }
        return authors;
    }

    /** Attaches documents of the library, each of which the actor may read. */
    public void attach(Actor actor, long paperId, Set<Long> documentIds, int expectedVersion) {
        PositionPaper paper = authorsPaper(actor, paperId, expectedVersion);
        for (Long documentId : documentIds) {
            readableAttachment(actor, documentId);
        }
        paper.changeAttachments(documentIds, Instant.now());
        em.lock(paper, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "paper.attachmentsChanged", AUDIT_SUBJECT, paperId, documentIds.toString());
    }

    /**
     * Submits the paper: its text and attachments are frozen as its next version, and the first step of the
     * circuit opens (or, after a request for changes, the step that asked for them opens again).
     *
     * @return the version frozen
     */
    public int submit(Actor actor, long paperId, int expectedVersion) {
        PositionPaper paper = authorsPaper(actor, paperId, expectedVersion);
        List<AttachedDocument> attachments = new ArrayList<>();
        for (Long documentId : paper.getAttachmentIds()) {
            DocumentSnapshot snapshot = readableAttachment(actor, documentId);
            attachments.add(new AttachedDocument(documentId, snapshot.versionNumber(), snapshot.contentSha256(),
                    snapshot.title()));
        }
        Instant now = Instant.now();
        PaperVersion frozen = paper.freeze(attachments, person(actor.personId()), now);
        em.lock(paper, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Review review = reviewOf(paper);
        if (review == null) {
            Circuit circuit = em.createNamedQuery("Circuit.findByCode", Circuit.class)
                    .setParameter("code", Circuit.POSITION_PAPERS).getSingleResult();
            review = Review.ofPaper(paper, circuit.current(), person(actor.personId()), now);
            em.persist(review);
        } else {
            review.resume();
        }
        audit.record(actor, "paper.submitted", AUDIT_SUBJECT, paperId, "version " + frozen.getNumber()
                + ", texte " + frozen.getBodySha256().substring(0, 12) + ", " + attachments.size() + " pièce(s) jointe(s)");
        reviews.openCurrentStep(actor, review, frozen.getNumber());
        return frozen.getNumber();
    }

    /** The authors take the paper back, before the final decision. */
    public void withdraw(Actor actor, long paperId, int expectedVersion) {
        PositionPaper paper = authorsPaper(actor, paperId, expectedVersion);
        Instant now = Instant.now();
        Review review = reviewOf(paper);
        if (review != null) {
            review.withdraw(now);
        }
        paper.follow(ReviewStatus.WITHDRAWN, now);
        em.lock(paper, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "paper.withdrawn", AUDIT_SUBJECT, paperId, paper.getTitle());
    }

    /** A paper with every round of its review, as the actor may see it. */
    public PaperView find(Actor actor, long paperId) {
        PositionPaper paper = readable(actor, paperId);
        Review review = reviewOf(paper);
        Set<Long> authors = Reviews.authorsOf(paper);
        List<StepView> steps = review == null ? List.of()
                : review.getSteps().stream().map(step -> reviews.view(actor, step)).toList();
        List<Person> people = paper.getAuthors().stream()
                .sorted(Comparator.comparing(Person::getDisplayName)).toList();
        return new PaperView(paper.getId(), paper.getTitle(), paper.getSummary(), paper.getTheme(),
                paper.getAddressee(), paper.getBodyHtml(), paper.getStatus(), people.stream().map(Person::getId).toList(),
                people.stream().map(Person::getDisplayName).toList(), paper.getAttachmentIds(), attachments(actor, paper),
                paper.getVersions().size(), paper.isAuthor(actor.personId()) && paper.getStatus().isEditable(), steps,
                paper.getVersion());
    }

    /** The last frozen version's attachments, or the working copy's for a paper never submitted. */
    private List<AttachmentView> attachments(Actor actor, PositionPaper paper) {
        PaperVersion last = paper.lastVersion();
        if (last != null && !paper.getStatus().isEditable()) {
            return last.getAttachments().stream().map(a -> new AttachmentView(a.getDocumentId(), a.getTitle(),
                    a.getDocumentVersionNumber())).toList();
        }
        List<AttachmentView> working = new ArrayList<>();
        for (Long documentId : paper.getAttachmentIds()) {
            try {
                working.add(new AttachmentView(documentId, library.snapshot(actor, documentId).title(), null));
            } catch (NotFoundException unreadable) {
                // Since attached, the document left the library or the reader's reach: it is not shown.
            }
        }
        return working;
    }



    private Review reviewOf(PositionPaper paper) {
        return em.createNamedQuery("Review.findByPaper", Review.class).setParameter("paperId", paper.getId())
                .getResultStream().findFirst().orElse(null);
    }

    private PositionPaper readable(Actor actor, long paperId) {
        PositionPaper paper = em.find(PositionPaper.class, paperId);
        if (paper == null) {
            throw new NotFoundException("paper " + paperId);
        }
        boolean submitted = !paper.getVersions().isEmpty();
        boolean sitsInABodyItReached = false;
        if (submitted && !paper.isAuthor(actor.personId())) {
            Review review = reviewOf(paper);
            Set<Long> bodies = memberships.bodyIdsOf(actor.personId());
            sitsInABodyItReached = review != null && review.getSteps().stream()
                    .anyMatch(step -> bodies.contains(step.getBody().getId()));
        }
        if (!ReviewPolicy.canRead(paper.isAuthor(actor.personId()), actor.administrator(), paper.getStatus(),
                submitted, sitsInABodyItReached)) {
            throw new NotFoundException("paper " + paperId);
        }
        return paper;
    }

    /** A paper of the actor's, read at the version they saw. */
    private PositionPaper authorsPaper(Actor actor, long paperId, int expectedVersion) {
        PositionPaper paper = readable(actor, paperId);
        if (!paper.isAuthor(actor.personId())) {
            throw new BusinessException("workflow.paper.error.notAnAuthor");
        }
        if (paper.getVersion() != expectedVersion) {
            throw new BusinessException("workflow.error.changedMeanwhile");
        }
        return paper;
    }

    private DocumentSnapshot readableAttachment(Actor actor, long documentId) {
        try {
            return library.snapshot(actor, documentId);
        } catch (NotFoundException unreadable) {
            throw new BusinessException("workflow.paper.error.attachmentNotReadable", documentId);
        }
    }

    private Person person(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new BusinessException("workflow.paper.error.unknownPerson");
        }
        return person;
    }
}
