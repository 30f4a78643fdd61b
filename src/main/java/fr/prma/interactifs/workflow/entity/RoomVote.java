package fr.prma.interactifs.workflow.entity;

import java.util.Objects;

import fr.prma.interactifs.platform.service.BusinessException;

/**
 * The vote of the room on a step, in a meeting of the step's body: voices for, against and abstaining, counted
 * over the members present or represented as the meeting's attendance records them, with the meeting's quorum.
 * The step's rule is applied to this vote, not to the written opinions given before, which are advice. When
 * the rule is "the chair decides", the chair's decision is stated in session: no vote, no quorum.
 *
 * @param rule           the step's decision rule
 * @param members        the body's members, over whom the meeting's quorum is counted
 * @param quorumRequired how many members must be present or represented for the meeting to decide
 * @param attending      members present, plus members absent whose proxy is held by a member present
 * @param votesFor       voices for (pour)
 * @param votesAgainst   voices against (contre)
 * @param votesAbstaining abstentions
 */
public record RoomVote(DecisionRule rule, int members, int quorumRequired, int attending, int votesFor,
        int votesAgainst, int votesAbstaining) implements StepCount {

    public RoomVote {
        Objects.requireNonNull(rule);
    }

    /** Voices given, abstentions included. */
    public int voices() {
        return votesFor + votesAgainst + votesAbstaining;
    }

    public boolean quorumReached() {
        return members > 0 && attending >= quorumRequired;
    }

    @Override
    public void requireAllows(StepDecision decision) {
        if (rule == DecisionRule.CHAIR_DECIDES) {
            return;
        }
        if (votesFor < 0 || votesAgainst < 0 || votesAbstaining < 0) {
            throw new BusinessException("workflow.room.negative");
        }
        if (!quorumReached()) {
            throw new BusinessException("workflow.room.quorumNotReached", attending, members, quorumRequired);
        }
        if (voices() > attending) {
            throw new BusinessException("workflow.room.tooManyVoices", voices(), attending);
        }
        if (voices() == 0) {
            throw new BusinessException("workflow.room.noVote");
        }
        if (rule == DecisionRule.MAJORITY_WITH_QUORUM) {
            requireMajority(decision);
        } else {
            requireUnanimity(decision);
        }
    }

    private void requireMajority(StepDecision decision) {
        switch (decision) {
            case APPROVE -> {
                if (votesFor <= votesAgainst) {
                    throw new BusinessException("workflow.room.noMajorityFor", votesFor, votesAgainst);
                }
            }
            case REJECT -> {
                if (votesAgainst <= votesFor) {
                    throw new BusinessException("workflow.room.noMajorityAgainst", votesFor, votesAgainst);
                }
            }
            case REQUEST_CHANGES -> {
                if (votesFor > votesAgainst) {
                    throw new BusinessException("workflow.room.majorityFor", votesFor, votesAgainst);
                }
            }
        }
    }

    /** Unanimity of the room: every member present or represented votes for. */
    private void requireUnanimity(StepDecision decision) {
        boolean unanimous = votesFor == attending;
        if (decision == StepDecision.APPROVE && !unanimous) {
            throw new BusinessException("workflow.room.notUnanimous", votesFor, attending);
        }
        if (decision != StepDecision.APPROVE && unanimous) {
            throw new BusinessException("workflow.room.unanimous", votesFor, attending);
        }
    }

    @Override
    public boolean counted() {
        return rule != DecisionRule.CHAIR_DECIDES;
    }

    @Override
    public boolean inSession() {
        return true;
    }

    @Override
    public int voterCount() {
        return attending;
    }

    @Override
    public int favourable() {
        return votesFor;
    }

    @Override
    public int unfavourable() {
        return votesAgainst;
    }

    @Override
    public int abstentions() {
        return votesAbstaining;
    }
}
