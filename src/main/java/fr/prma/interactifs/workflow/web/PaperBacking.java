package fr.prma.interactifs.workflow.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.entity.OpinionChoice;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.service.PaperView;
import fr.prma.interactifs.workflow.service.PositionPapers;
import fr.prma.interactifs.workflow.service.Reviews;
import fr.prma.interactifs.workflow.service.StepView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /notes/note.xhtml?id=<id>}: a position paper and every round of its review, for whoever may see it
 * (404 otherwise). Its authors submit or withdraw it; the members of the step's body give their opinion; the
 * chair closes the step, or the secretary in one of the body's meetings.
 */
@Named
@ViewScoped
public class PaperBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PositionPapers papers;

    @EJB
    private Reviews reviews;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private PaperView paper;
    private OpinionChoice opinion;
    private String comment;
    private StepDecision decision;
    private String reason;
    /** The meeting in which the decision is taken, or null outside a meeting. */
    private Long meetingId;

    /** View action (first request only). */
    public void load() throws IOException {
        try {
            paper = id == null ? null : papers.find(currentUser.actor(), id);
        } catch (NotFoundException unknown) {
            paper = null;
        }
        if (paper == null) {
            Feedback.notFound();
            return;
        }
        openStep().flatMap(step -> step.opinions().stream()
                .filter(o -> o.personId() == currentUser.actor().personId()).findFirst())
                .ifPresent(mine -> {
                    opinion = mine.choice();
                    comment = mine.comment();
                });
        // The latest meeting of the body, where a secretary most likely records what was decided
        openStep().flatMap(step -> step.meetings().stream().findFirst()).ifPresent(m -> meetingId = m.id());
    }

    /** The step under way, if any. */
    public java.util.Optional<StepView> openStep() {
        return paper.steps().stream().filter(StepView::isOpen).findFirst();
    }

    public StepView getOpenStep() {
        return openStep().orElse(null);
    }

    private String reload() {
        return "/notes/note?faces-redirect=true&id=" + id;
    }

    public String submit() {
        return act(() -> papers.submit(currentUser.actor(), id, paper.version()), "workflow.paper.submitted");
    }

    public String withdraw() {
        return act(() -> papers.withdraw(currentUser.actor(), id, paper.version()), "workflow.paper.withdrawn");
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

    private String act(Runnable action, String doneKey) {
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

    public String getAuthorList() {
        return String.join(", ", paper.authorNames());
    }

    public boolean isAuthor() {
        return paper.authorIds().contains(currentUser.actor().personId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PaperView getPaper() {
        return paper;
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
