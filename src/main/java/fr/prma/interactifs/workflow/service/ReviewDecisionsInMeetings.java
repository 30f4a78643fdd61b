package fr.prma.interactifs.workflow.service;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.prma.interactifs.governance.service.DecisionsTakenInMeetings;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The review steps a body's secretary closed in one of its meetings, for that meeting's minutes. */
@ApplicationScoped
public class ReviewDecisionsInMeetings implements DecisionsTakenInMeetings {

    /** Minutes are the cluster's official record, in French. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);

    @EJB
    private Reviews reviews;

    @Override
    public List<Decision> takenIn(long meetingId) {
        return reviews.decidedIn(meetingId).stream()
                .filter(step -> step.getReview().getPaper() != null)
                .map(ReviewDecisionsInMeetings::decision).toList();
    }

    /**
     * The room's vote is the decision's vote. A step recorded in the meeting before votes were taken in session
     * (schema version 12) kept the written opinions' counts: they are printed as such, never as the room's.
     */
    private static Decision decision(ReviewStep step) {
        String wording = MessageFormat.format(TEXTS.getString("workflow.minutes.decision"),
                step.getReview().getPaper().getTitle(), step.getSubjectVersion(),
                TEXTS.getString("workflow.minutes.decision." + step.getDecision()))
                + (step.getReason() == null ? "" : " — " + step.getReason());
        if (step.isVotedInSession() || step.getVoters() == null) {
            return new Decision(wording, step.getFavourable(), step.getUnfavourable(), step.getAbstentions());
        }
        return new Decision(wording + " " + MessageFormat.format(TEXTS.getString("workflow.minutes.writtenOpinions"),
                step.getFavourable(), step.getUnfavourable(), step.getAbstentions(), step.getVoters()), null, null, null);
    }
}
