package fr.prma.interactifs.workflow.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One round of one step of a review: opened for a version of the subject, for the members its body had then;
 * they give their opinions; a decision closes it, by the step's rule. Its version guards the decision: of two
 * people closing it at once, one wins, the other is told.
 */
@Entity
@Table(name = "review_step")
@NamedQuery(name = "ReviewStep.findOpenFor", query = "select s from ReviewStep s join s.electorate m "
        + "where s.closedAt is null and m = :personId order by s.deadlineAt, s.openedAt")
@NamedQuery(name = "ReviewStep.findDecidedInMeeting", query = "select s from ReviewStep s "
        + "where s.decidedInMeetingId = :meetingId order by s.closedAt, s.id")
@NamedQuery(name = "ReviewStep.findOpenWithDeadline", query = "select s from ReviewStep s "
        + "where s.closedAt is null and s.deadlineAt is not null order by s.deadlineAt")
@NamedQuery(name = "ReviewStep.findOpenInBody", query = "select s from ReviewStep s "
        + "where s.closedAt is null and s.body.code = :code order by s.deadlineAt, s.openedAt")
public class ReviewStep {

    public static final int REASON_MAX = 2000;

    @Id
    @SequenceGenerator(name = "review_step_seq", sequenceName = "review_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private Review review;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private int round;

    @Column(name = "subject_version", nullable = false, updatable = false)
    private int subjectVersion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_rule", nullable = false, length = 30, updatable = false)
    private DecisionRule rule;

    @Column(name = "quorum_percent", nullable = false, updatable = false)
    private int quorumPercent;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "deadline_at", updatable = false)
    private Instant deadlineAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private StepDecision decision;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decided_in_meeting_id")
    private Long decidedInMeetingId;

    @Column(length = REASON_MAX)
    private String reason;

    private Integer voters;
    private Integer favourable;
    private Integer unfavourable;
    private Integer abstentions;

    /** The counts are the room's vote in the meeting, not the written opinions (steps closed since V12). */
    @Column(name = "voted_in_session", nullable = false)
    private boolean votedInSession;

    @ElementCollection
    @CollectionTable(name = "review_step_member", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "person_id", updatable = false)
    private Set<Long> electorate = new HashSet<>();

    @OneToMany(mappedBy = "step", cascade = CascadeType.PERSIST)
    private List<ReviewOpinion> opinions = new ArrayList<>();

    @Version
    private int version;

    protected ReviewStep() {
        // for JPA
    }

    ReviewStep(Review review, int position, int round, int subjectVersion, Body body, DecisionRule rule,
            int quorumPercent, Set<Long> electorate, Instant openedAt, Instant deadlineAt) {
        this.review = review;
        this.position = position;
        this.round = round;
        this.subjectVersion = subjectVersion;
        this.body = body;
        this.rule = rule;
        this.quorumPercent = quorumPercent;
        this.electorate = new HashSet<>(electorate);
        this.openedAt = openedAt;
        this.deadlineAt = deadlineAt;
    }

    /**
     * Records a member's opinion, or changes it.
     *
     * @throws BusinessException when the step is closed, or the person was not a member of its body when it opened
     */
    public ReviewOpinion giveOpinion(Person person, OpinionChoice choice, String comment, Instant now) {
        if (!isOpen()) {
            throw new BusinessException("workflow.error.stepClosed");
        }
        if (!electorate.contains(person.getId())) {
            throw new BusinessException("workflow.error.notInBody", body.getName());
        }
        if (choice == null) {
            throw new BusinessException("workflow.error.opinionRequired");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > ReviewOpinion.COMMENT_MAX) {
            throw new BusinessException("workflow.paper.error.tooLong", ReviewOpinion.COMMENT_MAX);
        }
        Optional<ReviewOpinion> given = opinionOf(person.getId());
        if (given.isPresent()) {
            given.get().change(choice, text, now);
            return given.get();
        }
        ReviewOpinion opinion = new ReviewOpinion(this, person, choice, text, now);
        opinions.add(opinion);
        return opinion;
    }

    /** The opinions counted by the step's rule, the authors left out. */
    public StepTally tally(Set<Long> authors) {
        Map<Long, OpinionChoice> choices = opinions.stream()
                .collect(Collectors.toMap(o -> o.getPerson().getId(), ReviewOpinion::getChoice));
        return new StepTally(rule, quorumPercent, electorate, authors, choices);
    }

    /**
     * Closes the step with a decision that its rule allows.
     *
     * @param by        who decided; {@code null} when the rule itself closed it (approval settled by the opinions)
     * @param meetingId the meeting of the body where it was decided, if any
     * @param count     what the rule is applied to: the written opinions, or the room's vote in that meeting
     * @throws BusinessException when the step is closed already, a reason is missing, or the rule does not allow it
     */
    public void close(StepDecision newDecision, Person by, Long meetingId, String newReason, StepCount count,
            Instant now) {
        if (!isOpen()) {
            throw new BusinessException("workflow.error.stepClosed");
        }
        String text = newReason == null || newReason.isBlank() ? null : newReason.strip();
        if (newDecision != StepDecision.APPROVE && text == null) {
            throw new BusinessException("workflow.error.reasonRequired");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw new BusinessException("workflow.paper.error.tooLong", REASON_MAX);
        }
        if (count.inSession() && meetingId == null) {
            throw new IllegalArgumentException("A room's vote is taken in a meeting");
        }
        count.requireAllows(newDecision);
        this.decision = newDecision;
        this.decidedBy = by;
        this.decidedInMeetingId = meetingId;
        this.reason = text;
        this.votedInSession = count.inSession();
        if (count.counted()) {
            this.voters = count.voterCount();
            this.favourable = count.favourable();
            this.unfavourable = count.unfavourable();
            this.abstentions = count.abstentions();
        }
        this.closedAt = now;
    }

    /** Closed without a decision: the review was withdrawn. */
    void interrupt(Instant now) {
        closedAt = now;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && deadlineAt != null && now.isAfter(deadlineAt);
    }

    public Optional<ReviewOpinion> opinionOf(long personId) {
        return opinions.stream().filter(o -> o.getPerson().getId() == personId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Review getReview() {
        return review;
    }

    public int getPosition() {
        return position;
    }

    public int getRound() {
        return round;
    }

    public int getSubjectVersion() {
        return subjectVersion;
    }

    public Body getBody() {
        return body;
    }

    public DecisionRule getRule() {
        return rule;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public StepDecision getDecision() {
        return decision;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public Long getDecidedInMeetingId() {
        return decidedInMeetingId;
    }

    public String getReason() {
        return reason;
    }

    public Set<Long> getElectorate() {
        return Collections.unmodifiableSet(electorate);
    }

    public List<ReviewOpinion> getOpinions() {
        return Collections.unmodifiableList(opinions);
    }

    public Integer getVoters() {
        return voters;
    }

    public Integer getFavourable() {
        return favourable;
    }

    public Integer getUnfavourable() {
        return unfavourable;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public boolean isVotedInSession() {
        return votedInSession;
    }

    public int getVersion() {
        return version;
    }
}
