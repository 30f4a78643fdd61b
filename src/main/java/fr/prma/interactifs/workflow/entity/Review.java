package fr.prma.interactifs.workflow.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The journey of a position paper (or of a document of the library) through the version of a circuit it started
 * with: one step after the other, never skipping one nor going back, each step closed by a decision of its body.
 * A request for changes waits for the authors' next version, which opens the same step again as its next round.
 */
@Entity
@Table(name = "review")
@NamedQuery(name = "Review.findByPaper", query = "select r from Review r where r.paper.id = :paperId")
@NamedQuery(name = "Review.findByDocument",
        query = "select r from Review r where r.documentId = :documentId order by r.startedAt desc")
@NamedQuery(name = "Review.countByCircuitVersion",
        query = "select r.circuitVersion.id, count(r) from Review r group by r.circuitVersion.id")
public class Review {

    @Id
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "paper_id", updatable = false)
    private PositionPaper paper;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "circuit_version_id", nullable = false, updatable = false)
    private CircuitVersion circuitVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "current_position", nullable = false)
    private int currentPosition;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "started_by_id", nullable = false, updatable = false)
    private Person startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.PERSIST)
    private List<ReviewStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected Review() {
        // for JPA
    }

    private Review(CircuitVersion circuitVersion, Person startedBy, Instant now) {
        this.circuitVersion = circuitVersion;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.status = ReviewStatus.IN_REVIEW;
        this.currentPosition = 1;
    }

    public static Review ofPaper(PositionPaper paper, CircuitVersion circuitVersion, Person startedBy, Instant now) {
        Review review = new Review(circuitVersion, startedBy, now);
        review.paper = paper;
        return review;
    }

    public static Review ofDocument(long documentId, CircuitVersion circuitVersion, Person startedBy, Instant now) {
        Review review = new Review(circuitVersion, startedBy, now);
        review.documentId = documentId;
        return review;
    }

    /** The circuit's step the review is at. */
    public CircuitStep currentCircuitStep() {
        return circuitVersion.step(currentPosition);
    }

    /**
     * Opens the current step (its first round, or the next one after a request for changes) for a version of the
     * subject, counted over the body's members now.
     */
    public ReviewStep openCurrentStep(int subjectVersion, Set<Long> electorate, int quorumPercent, Instant now) {
        if (status != ReviewStatus.IN_REVIEW || currentStep() != null && currentStep().isOpen()) {
            throw new IllegalStateException("Review " + id + " cannot open a step now (" + status + ")");
        }
        int round = (int) steps.stream().filter(s -> s.getPosition() == currentPosition).count() + 1;
        CircuitStep definition = currentCircuitStep();
        Instant deadline = definition.getDeadlineDays() == null ? null
                : now.plus(java.time.Duration.ofDays(definition.getDeadlineDays()));
        ReviewStep step = new ReviewStep(this, currentPosition, round, subjectVersion, definition.getBody(),
                definition.getRule(), quorumPercent, electorate, now, deadline);
        steps.add(step);
        return step;
    }

    /**
     * Follows the decision that closed the current step: the next position, or the end of the review.
     *
     * @return whether a next step is to be opened
     */
    public boolean follow(StepDecision decision, Instant now) {
        ReviewStep step = currentStep();
        if (step == null || step.isOpen() || step.getDecision() != decision) {
            throw new IllegalStateException("The current step of review " + id + " was not closed by " + decision);
        }
        switch (decision) {
            case APPROVE -> {
                if (circuitVersion.isLast(currentPosition)) {
                    status = status.moveTo(ReviewStatus.APPROVED);
                    endedAt = now;
                    return false;
                }
                status = status.moveTo(ReviewStatus.IN_REVIEW);
                currentPosition++;
                return true;
            }
            case REQUEST_CHANGES -> status = status.moveTo(ReviewStatus.CHANGES_REQUESTED);
            case REJECT -> {
                status = status.moveTo(ReviewStatus.REJECTED);
                endedAt = now;
            }
        }
        return false;
    }

    /** The authors' new version after a request for changes: the same step opens again. */
    public void resume() {
        status = status.moveTo(ReviewStatus.IN_REVIEW);
    }

    /** The authors take the paper back before the end: the step under way closes without a decision. */
    public void withdraw(Instant now) {
        if (status.isFinal()) {
            throw new BusinessException("workflow.error.alreadyEnded", status.label());
        }
        status = status.moveTo(ReviewStatus.WITHDRAWN);
        ReviewStep step = currentStep();
        if (step != null && step.isOpen()) {
            step.interrupt(now);
        }
        endedAt = now;
    }

    /** The latest round of the current position, or {@code null} before the first step opens. */
    public ReviewStep currentStep() {
        return steps.stream().filter(s -> s.getPosition() == currentPosition)
                .max(Comparator.comparingInt(ReviewStep::getRound)).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public PositionPaper getPaper() {
        return paper;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public CircuitVersion getCircuitVersion() {
        return circuitVersion;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public int getCurrentPosition() {
        return currentPosition;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Person getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** Every round of every step, in the order they opened. */
    public List<ReviewStep> getSteps() {
        List<ReviewStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(ReviewStep::getOpenedAt).thenComparingInt(ReviewStep::getPosition)
                .thenComparingInt(ReviewStep::getRound));
        return Collections.unmodifiableList(ordered);
    }
}
