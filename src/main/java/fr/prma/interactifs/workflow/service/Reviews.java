package fr.prma.interactifs.workflow.service;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.AgendaItemText;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.service.BodyMember;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySummary;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.governance.service.Quorum;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.OpinionChoice;
import fr.prma.interactifs.workflow.entity.PositionPaper;
import fr.prma.interactifs.workflow.entity.Review;
import fr.prma.interactifs.workflow.entity.ReviewStatus;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import fr.prma.interactifs.workflow.entity.RoomVote;
import fr.prma.interactifs.workflow.entity.StepCount;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.entity.StepTally;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * The review engine: opinions given at a step, and the decisions that close it by its rule, then open the next
 * step or end the review. Every transition is written to the audit trail with the version, the rule and the
 * counts. A step the person may not see answers as a step that does not exist.
 */
@Stateless
public class Reviews {

    static final String AUDIT_SUBJECT = "review";

    /** The audit trail and the agendas are the cluster's records, in French. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private Meetings meetings;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifications notifications;

    @EJB
    private Library library;

    /**
     * Gives or changes the actor's opinion at an open step. When the opinions settle an approval by the step's
     * rule, the step closes by itself and the review moves on.
     *
     * @return whether this opinion closed the step (it can then no longer be changed)
     */
    public boolean giveOpinion(Actor actor, long stepId, OpinionChoice choice, String comment) {
        ReviewStep step = visibleStep(actor, stepId);
        Person person = em.find(Person.class, actor.personId());
        step.giveOpinion(person, choice, comment, Instant.now());
        audit.record(actor, "review.opinionGiven", AUDIT_SUBJECT, step.getReview().getId(),
                describe(step) + " : " + choice);
        StepTally tally = step.tally(authorsOf(step.getReview()));
        if (tally.approvalSettled()) {
            step.close(StepDecision.APPROVE, null, null, null, tally, Instant.now());
            audit.record(actor, "review.stepApprovedByRule", AUDIT_SUBJECT, step.getReview().getId(),
                    describe(step) + counts(step));
            moveOn(actor, step.getReview(), StepDecision.APPROVE);
            tellAuthors(actor, step);
            return true;
        }
        return false;
    }

    /**
     * Closes a step with a decision its rule allows, taken by the body's chair, or in one of the body's meetings
     * under way by its secretary or chair. In a meeting, the room decides: the rule is applied to its vote, with
     * the meeting's quorum (see {@link RoomVote}); the written opinions given before are advice and never block it.
     * Outside a meeting, the chair decides within what the written opinions allow.
     *
     * @param meetingId       the body's meeting where it is decided, or {@code null}
     * @param vote            the room's vote, in a meeting; ignored outside one
     * @param expectedVersion the step's version the person read: someone else's decision since is refused
     */
    public void decide(Actor actor, long stepId, StepDecision decision, String reason, Long meetingId,
            SessionVote vote, int expectedVersion) {
        ReviewStep step = visibleStep(actor, stepId);
        if (step.getVersion() != expectedVersion) {
            throw new BusinessException("workflow.error.changedMeanwhile");
        }
        StepCount count = countFor(actor, step, meetingId, vote);
        if (!ReviewPolicy.canDecide(memberships.rolesIn(actor.personId(), step.getBody().getCode()),
                count.inSession())) {
            throw new BusinessException("workflow.error.mayNotDecide", step.getBody().getName());
        }
        Person person = em.find(Person.class, actor.personId());
        step.close(decision, person, meetingId, reason, count, Instant.now());
        em.lock(step, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException closedMeanwhile) {
            throw new BusinessException("workflow.error.changedMeanwhile");
        }
        audit.record(actor, "review.stepDecided", AUDIT_SUBJECT, step.getReview().getId(), describe(step) + " : "
                + decision + (count.inSession() ? " (réunion " + meetingId + ", vote en séance)" : "") + counts(step)
                + (step.getReason() == null ? "" : " — " + step.getReason()));
        moveOn(actor, step.getReview(), decision);
        tellAuthors(actor, step);
    }

    /**
     * What a decision form offers now: each decision, with the reason the rule refuses it, for the room's vote
     * typed so far in that meeting, or for the written opinions outside a meeting.
     */
    public List<StepCount.DecisionOption> decisionOptions(Actor actor, long stepId, Long meetingId,
            SessionVote vote) {
        ReviewStep step = visibleStep(actor, stepId);
        return countFor(actor, step, meetingId, vote).options();
    }

    /**
     * The meeting's attendance as a vote there counts it, for the decision form: present or represented, required.
     *
     * @throws BusinessException when it is not one of the body's meetings the actor may decide in
     */
    public Quorum sessionQuorum(Actor actor, long stepId, long meetingId) {
        ReviewStep step = visibleStep(actor, stepId);
        requireDecisionMeeting(actor, step, meetingId);
        return meetings.sessionQuorum(actor, meetingId);
    }

    /** The room's vote in that meeting of the body, or the written opinions outside a meeting. */
    private StepCount countFor(Actor actor, ReviewStep step, Long meetingId, SessionVote vote) {
        if (meetingId == null) {
            return step.tally(authorsOf(step.getReview()));
        }
        requireDecisionMeeting(actor, step, meetingId);
        Quorum quorum = meetings.sessionQuorum(actor, meetingId);
        SessionVote typed = vote == null ? SessionVote.NONE : vote;
        return new RoomVote(step.getRule(), quorum.members(), quorum.required(), quorum.counted(), typed.forCount(),
                typed.againstCount(), typed.abstentionCount());
    }

    private void requireDecisionMeeting(Actor actor, ReviewStep step, long meetingId) {
        if (meetingsToDecideIn(actor, step).stream().noneMatch(meeting -> meeting.id() == meetingId)) {
            throw new BusinessException("workflow.error.notInThatMeeting", step.getBody().getName());
        }
    }

    /**
     * "Inscrire à l'ordre du jour de la prochaine séance": a step past its deadline, which the written opinions do
     * not settle, goes on the agenda of its body's next meeting, where the room will vote on it. For the body's
     * chair and secretaries.
     *
     * @return the meeting whose agenda now carries it
     * @throws BusinessException when the body has no meeting to come, or the step is on its agenda already
     */
    public MeetingSummary putOnNextAgenda(Actor actor, long stepId) {
        ReviewStep step = visibleStep(actor, stepId);
        if (!mayPutOnAgenda(actor, step)) {
            throw new BusinessException("workflow.agenda.error.notOffered", step.getBody().getName());
        }
        MeetingSummary next = nextMeeting(actor, step)
                .orElseThrow(() -> new BusinessException("workflow.agenda.error.noMeeting", step.getBody().getName()));
        String title = MessageFormat.format(TEXTS.getString("workflow.agenda.item"),
                subjectTitle(actor, step.getReview()), step.getSubjectVersion());
        if (meetings.find(actor, next.id()).agenda().stream().anyMatch(item -> item.title().equals(title))) {
            throw new BusinessException("workflow.agenda.error.already", next.title());
        }
        meetings.addAgendaItem(actor, next.id(), new AgendaItemText(title, null, null,
                TEXTS.getString("workflow.agenda.description")));
        audit.record(actor, "review.putOnAgenda", AUDIT_SUBJECT, step.getReview().getId(), describe(step)
                + " — réunion " + next.id());
        return next;
    }

    /**
     * Offered to the body's chair and secretaries, outside a meeting, for a step past its deadline that the
     * written opinions cannot close by its rule (quorum or majority missing).
     */
    private boolean mayPutOnAgenda(Actor actor, ReviewStep step) {
        Set<BodyRole> roles = memberships.rolesIn(actor.personId(), step.getBody().getCode());
        return step.isOverdue(Instant.now()) && (roles.contains(BodyRole.SECRETARY) || roles.contains(BodyRole.CHAIR))
                && step.getRule() != DecisionRule.CHAIR_DECIDES
                && !step.tally(authorsOf(step.getReview())).quorumReached();
    }

    private Optional<MeetingSummary> nextMeeting(Actor actor, ReviewStep step) {
        Instant now = Instant.now();
        return meetings.meetingsOf(actor, step.getBody().getCode()).stream()
                .filter(meeting -> !meeting.isCancelled())
                .filter(meeting -> meeting.startsAt().toInstant().isAfter(now))
                .min(Comparator.comparing(MeetingSummary::startsAt));
    }

    private String subjectTitle(Actor actor, Review review) {
        return review.getPaper() != null ? review.getPaper().getTitle()
                : library.snapshot(actor, review.getDocumentId()).title();
    }

    /** The authors (or a document's submitter) learn what the step decided and where their subject now stands. */
    private void tellAuthors(Actor actor, ReviewStep closed) {
        Review review = closed.getReview();
        notifications.send(actor, authorsOf(review), review.getPaper() != null
                ? ReviewNotices.stepClosed(closed, review.getPaper().getStatus())
                : ReviewNotices.documentDecided(closed, library.snapshot(actor, review.getDocumentId()).title(),
                        review.getStatus()));
    }

    /**
     * Opens the review's current step for a version of its subject, counted over the body's members now, with
     * the body's quorum. For the services that submit a subject; not a use case of its own.
     */
    public ReviewStep openCurrentStep(Actor actor, Review review, int subjectVersion) {
        BodyCode code = review.currentCircuitStep().getBody().getCode();
        Set<Long> members = memberships.membersOf(code).stream().map(BodyMember::personId)
                .collect(Collectors.toSet());
        if (members.isEmpty()) {
            throw new BusinessException("workflow.error.bodyWithoutMembers", review.currentCircuitStep().getBody()
                    .getName());
        }
        int quorum = memberships.findBody(code).map(BodySummary::quorumPercent).orElse(50);
        ReviewStep step = review.openCurrentStep(subjectVersion, members, quorum, Instant.now());
        em.persist(step);
        Set<Long> told = new HashSet<>(members);
        told.removeAll(authorsOf(review));
        notifications.send(actor, told, review.getPaper() != null ? ReviewNotices.stepOpened(step)
                : ReviewNotices.documentSubmitted(step, library.snapshot(actor, review.getDocumentId()).title()));
        audit.record(actor, "review.stepOpened", AUDIT_SUBJECT, review.getId(), describe(step) + ", "
                + members.size() + " membres, règle " + step.getRule() + ", quorum " + quorum + " %");
        return step;
    }

    /** The step's review follows the decision: next step, changes requested, or the end. */
    private void moveOn(Actor actor, Review review, StepDecision decision) {
        Instant now = Instant.now();
        boolean next = review.follow(decision, now);
        if (review.getPaper() != null && review.getStatus() != ReviewStatus.IN_REVIEW) {
            review.getPaper().follow(review.getStatus(), now);
        }
        if (next) {
            ReviewStep closed = review.getSteps().stream().filter(s -> !s.isOpen())
                    .max(Comparator.comparing(ReviewStep::getClosedAt)).orElseThrow();
            openCurrentStep(actor, review, closed.getSubjectVersion());
        }
    }

    /** A step as the actor sees it, with what they may do there. */
    public StepView view(Actor actor, ReviewStep step) {
        Set<Long> authors = authorsOf(step.getReview());
        List<OpinionView> opinions = step.getOpinions().stream()
                .map(o -> new OpinionView(o.getPerson().getId(), o.getPerson().getDisplayName(), o.getChoice(),
                        o.getComment(), authors.contains(o.getPerson().getId()), o.getChangedAt()))
                .sorted(Comparator.comparing(OpinionView::personName)).toList();
        boolean open = step.isOpen();
        List<MeetingSummary> decisionMeetings = open ? meetingsToDecideIn(actor, step) : List.of();
        Long meetingId = step.getDecidedInMeetingId();
        boolean mayDecide = open && mayDecide(actor, step);
        return new StepView(step.getId(), step.getPosition(), step.getRound(), step.getSubjectVersion(),
                step.getBody().getCode(), step.getBody().getName(), step.getRule(), step.getOpenedAt(),
                step.getDeadlineAt(), step.getClosedAt(), step.getDecision(),
                step.getDecidedBy() == null ? null : step.getDecidedBy().getDisplayName(), meetingId,
                meetingId == null ? null : meetings.startOf(meetingId), meetingId == null ? null : meetings.placeOf(meetingId),
                step.isVotedInSession(), step.getReason(), step.getVoters(), step.getFavourable(),
                step.getUnfavourable(), step.getAbstentions(), opinions, open && step.getElectorate().contains(actor.personId()),
                mayDecide, decisionMeetings, open && mayPutOnAgenda(actor, step), step.getVersion());
    }

    /** The chair decides at any time, the secretary in one of the body's meetings. */
    public boolean mayDecide(Actor actor, ReviewStep step) {
        return ReviewPolicy.canDecide(memberships.rolesIn(actor.personId(), step.getBody().getCode()), false)
                || !meetingsToDecideIn(actor, step).isEmpty();
    }

    /** The steps the actor may act on now: open, in a body they sat in when it opened. */
    public List<ReviewStep> openStepsOf(Actor actor) {
        return em.createNamedQuery("ReviewStep.findOpenFor", ReviewStep.class)
                .setParameter("personId", actor.personId()).getResultList();
    }

    /**
     * The meetings of the step's body in which the actor may record a decision on it, latest first: they are the
     * body's secretary or chair, and the meeting has begun, was not cancelled, and did not end before the step
     * opened (a decision is often written into the minutes after the meeting).
     */
    public List<MeetingSummary> meetingsToDecideIn(Actor actor, ReviewStep step) {
        BodyCode body = step.getBody().getCode();
        Set<BodyRole> roles = memberships.rolesIn(actor.personId(), body);
        if (!step.isOpen() || !roles.contains(BodyRole.SECRETARY) && !roles.contains(BodyRole.CHAIR)) {
            return List.of();
        }
        Instant now = Instant.now();
        return meetings.meetingsOf(actor, body).stream()
                .filter(meeting -> !meeting.isCancelled())
                .filter(meeting -> !meeting.startsAt().toInstant().isAfter(now))
                .filter(meeting -> !meeting.endsAt().toInstant().isBefore(step.getOpenedAt()))
                .toList();
    }

    /** The decisions on reviews taken in a meeting, in the order they were taken. */
    public List<ReviewStep> decidedIn(long meetingId) {
        return em.createNamedQuery("ReviewStep.findDecidedInMeeting", ReviewStep.class)
                .setParameter("meetingId", meetingId).getResultList();
    }

    /** The step, if the actor sat in its body when it opened or may read its subject; else not found. */
    private ReviewStep visibleStep(Actor actor, long stepId) {
        ReviewStep step = em.find(ReviewStep.class, stepId);
        if (step == null || !(step.getElectorate().contains(actor.personId())
                || authorsOf(step.getReview()).contains(actor.personId())
                || actor.administrator())) {
            throw new NotFoundException("review step " + stepId);
        }
        return step;
    }

    /**
     * Whose opinions are shown but not counted: a paper's authors, or the person who submitted a document (the
     * library's document itself may have been written by anyone).
     */
    static Set<Long> authorsOf(Review review) {
        return review.getPaper() == null ? Set.of(review.getStartedBy().getId()) : authorsOf(review.getPaper());
    }

    static Set<Long> authorsOf(PositionPaper paper) {
        return paper.getAuthors().stream().map(Person::getId).collect(Collectors.toSet());
    }

    private static String describe(ReviewStep step) {
        return "étape " + step.getPosition() + " (" + step.getBody().getName() + "), tour " + step.getRound()
                + ", version " + step.getSubjectVersion();
    }

    private static String counts(ReviewStep step) {
        return step.getVoters() == null ? "" : " — " + MessageFormat.format(TEXTS.getString(step.isVotedInSession()
                ? "workflow.step.roomCounts" : "workflow.step.counts"), step.getFavourable(), step.getUnfavourable(),
                step.getAbstentions(), step.getVoters());
    }
}
