package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.StepDecision;

/**
 * One round of one step as its reader sees it: the body, the rule, the dates, the opinions, and once closed the
 * decision with its counts. {@code mayGiveOpinion} and {@code mayDecide} are the reader's; {@code meetings} are
 * the body's meetings in which the reader may record the decision (its secretary or chair; see
 * {@link Reviews#meetingsToDecideIn}); {@code mayPutOnAgenda} offers to put an overdue step on the body's next
 * meeting. {@code votedInSession} says that the counts are the room's vote in the meeting (date and place given),
 * not written opinions.
 */
public record StepView(long id, int position, int round, int subjectVersion, BodyCode body, String bodyName,
        DecisionRule rule, Instant openedAt, Instant deadlineAt, Instant closedAt, StepDecision decision,
        String decidedByName, Long meetingId, OffsetDateTime meetingStartsAt, String meetingPlace,
        boolean votedInSession, String reason, Integer voters, Integer favourable, Integer unfavourable,
        Integer abstentions, List<OpinionView> opinions, boolean mayGiveOpinion, boolean mayDecide,
        List<MeetingSummary> meetings, boolean mayPutOnAgenda, int version) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
