package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.service.DocumentSnapshot;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.workflow.entity.Circuit;
import fr.prma.interactifs.workflow.entity.Review;
import fr.prma.interactifs.workflow.entity.ReviewStatus;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The steering committee's review of a document of the library ("Soumettre au comité de pilotage"): a one-step
 * circuit on the same engine as position papers. A member of the cluster who reads the document submits its
 * current version; the committee's members give their opinions on the document's page; the committee's rule
 * (or its chair, or its secretary in one of its meetings) decides, and the outcome stays on the document's page.
 * Only a document the whole committee may read can be submitted, so that the review shows it to no one who may
 * not read it.
 */
@Stateless
public class DocumentReviews {

    static final String AUDIT_SUBJECT = "document";
    private static final String MEMBERS_ONLY = "workflow.document.error.membersOnly";
    private static final String ALREADY_IN_REVIEW = "workflow.document.error.alreadyInReview";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Library library;

    @EJB
    private Reviews reviews;

    @EJB
    private AuditTrail audit;

    /**
     * Submits the document's current version to the steering committee.
     *
     * @return the review's id
     * @throws BusinessException when the actor is not a member of the cluster, when the document is already under
     *                           review, or when the committee may not read it
     */
    public long submit(Actor actor, long documentId) {
        DocumentSnapshot document = library.snapshot(actor, documentId);
        Optional<BusinessException> refusal = refusal(actor, document);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        Circuit circuit = em.createNamedQuery("Circuit.findByCode", Circuit.class)
                .setParameter("code", Circuit.DOCUMENT_REVIEW).getSingleResult();
        Review review = Review.ofDocument(documentId, circuit.current(), em.find(Person.class, actor.personId()),
                Instant.now());
        em.persist(review);
        audit.record(actor, "document.submittedForReview", AUDIT_SUBJECT, documentId,
                "v" + document.versionNumber() + " (" + document.contentSha256().substring(0, 12) + ")");
        reviews.openCurrentStep(actor, review, document.versionNumber());
        return review.getId();
    }

    /**
     * The latest review of the document as the actor may see it: its steps (with the opinions and what the actor
     * may do) for the committee's members, the submitter and administrators; its outcome alone for the other
     * readers of the document; nothing when it was never submitted.
     */
    public Optional<DocumentReview> of(Actor actor, long documentId) {
        library.snapshot(actor, documentId);
        return latest(documentId).map(review -> {
            boolean involved = actor.administrator() || Reviews.authorsOf(review).contains(actor.personId())
                    || review.getSteps().stream().anyMatch(step -> step.getElectorate().contains(actor.personId()));
            List<StepView> steps = involved
                    ? review.getSteps().stream().map(step -> reviews.view(actor, step)).toList() : List.of();
            return new DocumentReview(review.getId(), review.getStatus(), review.getStartedBy().getDisplayName(),
                    review.getStartedAt(), review.getEndedAt(), reviewedVersion(review), steps);
        });
    }

    /**
     * Whether {@link #submit} would accept the document from the actor now (the page shows the button only then):
     * a member of the cluster, a document the whole committee may read, never reviewed or whose current version is
     * newer than the one reviewed last.
     */
    public boolean maySubmit(Actor actor, long documentId) {
        return refusal(actor, library.snapshot(actor, documentId)).isEmpty();
    }

    /**
     * Why a member of the cluster may not submit the document now, for its page to say so where the button would
     * be: its visibility, or a version already reviewed. Empty when they may, for those who never may (partners),
     * and while the document is under review (the page shows the review).
     */
    public Optional<BusinessException> hindrance(Actor actor, long documentId) {
        return refusal(actor, library.snapshot(actor, documentId))
                .filter(refusal -> !refusal.messageKey().equals(MEMBERS_ONLY)
                        && !refusal.messageKey().equals(ALREADY_IN_REVIEW));
    }

    /** What {@link #submit} refuses, in the order a member reads the reasons. */
    private Optional<BusinessException> refusal(Actor actor, DocumentSnapshot document) {
        if (!library.canDeposit(actor)) {
            return Optional.of(new BusinessException(MEMBERS_ONLY));
        }
        if (!document.visibleToAll() && !document.bodies().contains(BodyCode.STEERING_COMMITTEE)) {
            return Optional.of(new BusinessException("workflow.document.error.notVisibleToCommittee",
                    document.title()));
        }
        Optional<Review> latest = latest(document.documentId());
        if (latest.filter(review -> review.getStatus() == ReviewStatus.IN_REVIEW).isPresent()) {
            return Optional.of(new BusinessException(ALREADY_IN_REVIEW, document.title()));
        }
        if (latest.filter(review -> reviewedVersion(review) >= document.versionNumber()).isPresent()) {
            return Optional.of(new BusinessException("workflow.document.error.alreadyReviewed", document.title(),
                    document.versionNumber()));
        }
        return Optional.empty();
    }

    /** The version of the document that the review's last step examined. */
    private static int reviewedVersion(Review review) {
        return review.getSteps().stream().mapToInt(ReviewStep::getSubjectVersion).max().orElse(0);
    }

    private Optional<Review> latest(long documentId) {
        return em.createNamedQuery("Review.findByDocument", Review.class).setParameter("documentId", documentId)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
