package fr.prma.interactifs.workflow.entity;

import java.util.Arrays;
import java.util.List;

import fr.prma.interactifs.platform.service.BusinessException;

/**
 * What a step's decision is checked against, and recorded with: the written opinions of the body's members
 * ({@link StepTally}), or the vote of the room in one of the body's meetings ({@link RoomVote}). Both apply the
 * step's rule; a step closed in session is decided by the room, the written opinions being advice only.
 */
public sealed interface StepCount permits StepTally, RoomVote {

    /**
     * Checks that the rule allows this decision now.
     *
     * @throws BusinessException saying why not, with the counts
     */
    void requireAllows(StepDecision decision);

    /** Whether counts are recorded with the decision (none when the chair decides in session). */
    boolean counted();

    /** Whether the counts are the room's vote in a meeting rather than written opinions. */
    boolean inSession();

    /** Who could vote: the members the written rule counts, or the members present or represented in the room. */
    int voterCount();

    int favourable();

    int unfavourable();

    int abstentions();

    /** Every decision, each with the reason the rule refuses it now, if it does: what a decision form offers. */
    default List<DecisionOption> options() {
        return Arrays.stream(StepDecision.values()).map(decision -> {
            try {
                requireAllows(decision);
                return new DecisionOption(decision, null);
            } catch (BusinessException refused) {
                return new DecisionOption(decision, refused);
            }
        }).toList();
    }

    /** A decision a form may offer: allowed when there is no refusal. */
    record DecisionOption(StepDecision decision, BusinessException refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }
}
