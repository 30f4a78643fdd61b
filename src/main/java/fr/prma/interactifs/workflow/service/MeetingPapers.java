package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.List;

import fr.prma.interactifs.workflow.entity.StepDecision;

/**
 * What a meeting's page shows of the position papers: those its body reviews now (for the secretary to bring
 * to the meeting) and the decisions taken in this meeting.
 */
public record MeetingPapers(List<Line> toDecide, List<Line> decided) {

    public boolean isEmpty() {
        return toDecide.isEmpty() && decided.isEmpty();
    }

    /** One step of one paper; the decision and counts once it is closed (the room's vote when {@code votedInSession}). */
    public record Line(long paperId, String title, int position, int subjectVersion, Instant deadlineAt,
            StepDecision decision, Instant closedAt, Integer favourable, Integer unfavourable, Integer abstentions,
            Integer voters, boolean votedInSession, String reason) {
    }
}
