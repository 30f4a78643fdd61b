package fr.prma.interactifs.workflow.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.entity.OpinionChoice;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.service.Reviews;
import fr.prma.interactifs.workflow.service.StepView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

/**
 * What a page showing a review's open step lets its reader do there ({@code /WEB-INF/includes/review-step.xhtml}):
 * give or change their opinion, and, for the body's chair or its secretary in one of its meetings, close the step.
 * The page says which step is open and where to go back after an action.
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
        return act(() -> reviews.giveOpinion(currentUser.actor(), step.id(), opinion, comment),
                "workflow.opinion.given");
    }

    public String decide() {
        StepView step = getOpenStep();
        if (step == null || decision == null) {
            Feedback.refused(new BusinessException(step == null ? "workflow.error.stepClosed"
                    : "workflow.error.decisionRequired"));
            return null;
        }
        return act(() -> reviews.decide(currentUser.actor(), step.id(), decision, reason, meetingId, step.version()),
                "workflow.step.decided");
    }

    protected String act(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.done(doneKey);
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

    public StepDecision[] getDecisions() {
        return StepDecision.values();
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
}
