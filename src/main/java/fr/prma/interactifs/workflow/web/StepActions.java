package fr.prma.interactifs.workflow.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.governance.service.Quorum;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.OpinionChoice;
import fr.prma.interactifs.workflow.entity.StepCount.DecisionOption;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.service.Reviews;
import fr.prma.interactifs.workflow.service.SessionVote;
import fr.prma.interactifs.workflow.service.StepView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

/**
 * What a page showing a review's open step lets its reader do there ({@code /WEB-INF/includes/review-step.xhtml}):
 * give or change their opinion, and, for the body's chair or its secretary in one of its meetings, close the step:
 * in a meeting with the room's vote, the decisions the rule allows for that vote being offered as it is typed;
 * and for a step past its deadline, put it on the body's next meeting. The page says which step is open and
 * where to go back after an action.
 */
public abstract class StepActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected Reviews reviews;

    @Inject
    protected CurrentUser currentUser;

    private OpinionChoice opinion;
    private String comment;
    private StepDecision decision;
    private String reason;
    /** The meeting in which the decision is taken, or null outside a meeting. */
    private Long meetingId;
    /** The room's vote, in a meeting. */
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;
    /** What the form offers for the vote typed so far; read again when the meeting or the vote changes. */
    private transient List<DecisionOption> options;

    /** The step open now, or null. */
    public abstract StepView getOpenStep();

    /** Where the page goes after an action: itself, read again. */
    protected abstract String reload();

    /** Fills the forms from the open step: the reader's opinion, and the latest meeting a decision may be taken in. */
    protected void prepareForms() {
        StepView step = getOpenStep();
        if (step == null) {
            return;
        }
        step.opinions().stream().filter(o -> o.personId() == currentUser.actor().personId()).findFirst()
                .ifPresent(mine -> {
                    opinion = mine.choice();
                    comment = mine.comment();
                });
        // The latest meeting of the body, where a secretary most likely records what was decided
        step.meetings().stream().findFirst().ifPresent(m -> meetingId = m.id());
    }

    public String giveOpinion() {
        StepView step = getOpenStep();
        if (step == null) {
            Feedback.refused(new BusinessException("workflow.error.stepClosed"));
            return null;
        }
        // An opinion that closes the step can no longer be changed: the message does not offer it
        return act(() -> reviews.giveOpinion(currentUser.actor(), step.id(), opinion, comment)
                ? "workflow.opinion.givenAndClosed" : "workflow.opinion.given");
    }

    public String decide() {
        StepView step = getOpenStep();
        if (step == null || decision == null) {
            Feedback.refused(new BusinessException(step == null ? "workflow.error.stepClosed"
                    : "workflow.error.decisionRequired"));
            return null;
        }
        return act(() -> reviews.decide(currentUser.actor(), step.id(), decision, reason, meetingId,
                new SessionVote(votesFor, votesAgainst, abstentions), step.version()), "workflow.step.decided");
    }

    /** "Inscrire à l'ordre du jour de la prochaine séance". */
    public String putOnNextAgenda() {
        StepView step = getOpenStep();
        if (step == null) {
            Feedback.refused(new BusinessException("workflow.error.stepClosed"));
            return null;
        }
        try {
            MeetingSummary meeting = reviews.putOnNextAgenda(currentUser.actor(), step.id());
            Feedback.done("workflow.agenda.done", meeting.title());
            return reload();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    /** The meeting or the vote changed on the form: the decisions offered are read again. */
    public void voteChanged() {
        options = null;
    }

    /** Each decision with, when the rule does not allow it now, why not. */
    public List<DecisionOption> getDecisionOptions() {
        StepView step = getOpenStep();
        if (step == null) {
            return List.of();
        }
        if (options == null) {
            try {
                options = reviews.decisionOptions(currentUser.actor(), step.id(), meetingId,
                        new SessionVote(votesFor, votesAgainst, abstentions));
            } catch (BusinessException | NotFoundException unavailable) {
                options = List.of();
            }
        }
        return options;
    }

    /** The decisions the rule allows now: the only ones offered. */
    public List<StepDecision> getOfferedDecisions() {
        return getDecisionOptions().stream().filter(DecisionOption::allowed).map(DecisionOption::decision).toList();
    }

    /** The sentence saying why a decision is not offered now. */
    public String refusalOf(DecisionOption option) {
        return option.allowed() ? "" : Feedback.sentence(option.refusal());
    }

    /** The room votes: a meeting is chosen and the step's rule counts voices (not the chair's decision). */
    public boolean isVoteInSession() {
        StepView step = getOpenStep();
        return step != null && meetingId != null && step.rule() != DecisionRule.CHAIR_DECIDES;
    }

    /** The chosen meeting's attendance, as a vote there counts it; null outside a meeting. */
    public Quorum getSessionQuorum() {
        StepView step = getOpenStep();
        if (step == null || meetingId == null) {
            return null;
        }
        try {
            return reviews.sessionQuorum(currentUser.actor(), step.id(), meetingId);
        } catch (BusinessException | NotFoundException unavailable) {
            return null;
        }
    }

    protected String act(Runnable action, String doneKey) {
        return act(() -> {
            action.run();
            return doneKey;
        });
    }

    /** @param action the use case, which answers the key of what to tell the reader once it is done */
    protected String act(Supplier<String> action) {
        try {
            Feedback.done(action.get());
            return reload();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    /** Counts of the opinions of the open step, by choice, the authors' left out (as the rule counts them). */
    public Map<OpinionChoice, Long> getCounts() {
        Map<OpinionChoice, Long> counts = new HashMap<>();
        StepView step = getOpenStep();
        if (step != null) {
            step.opinions().stream().filter(o -> !o.byAuthor())
                    .forEach(o -> counts.merge(o.choice(), 1L, Long::sum));
        }
        return counts;
    }

    public OpinionChoice[] getOpinionChoices() {
        return OpinionChoice.values();
    }


    public OpinionChoice getOpinion() {
        return opinion;
    }

    public void setOpinion(OpinionChoice opinion) {
        this.opinion = opinion;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public StepDecision getDecision() {
        return decision;
    }

    public void setDecision(StepDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }
}
