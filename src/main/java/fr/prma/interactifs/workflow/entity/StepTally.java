package fr.prma.interactifs.workflow.entity;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.prma.interactifs.platform.service.BusinessException;

/**
 * The opinions given at a step, counted by the step's rule: who may vote, who has spoken, the quorum, the
 * majority; and whether a decision follows from them. Plain Java, so that every rule is unit tested.
 *
 * @param rule          the step's decision rule
 * @param quorumPercent the body's quorum, in percent of the members who may vote (1 to 100)
 * @param electorate    the body's members when the step opened: people joining later do not count, people
 *                      leaving still do (the step is counted as it opened)
 * @param authors       the authors of what is reviewed: they may give opinions, which never count
 * @param opinions      each person's current opinion in this round (people outside the electorate are ignored)
 */
public record StepTally(DecisionRule rule, int quorumPercent, Set<Long> electorate, Set<Long> authors,
        Map<Long, OpinionChoice> opinions) implements StepCount {

    public StepTally {
        Objects.requireNonNull(rule);
        if (quorumPercent < 1 || quorumPercent > 100) {
            throw new IllegalArgumentException("Quorum out of 1..100: " + quorumPercent);
        }
        electorate = Set.copyOf(electorate);
        authors = Set.copyOf(authors);
        opinions = Map.copyOf(opinions);
    }

    /** The members who may vote: the electorate without the authors. */
    public Set<Long> voters() {
        Set<Long> voters = new HashSet<>(electorate);
        voters.removeAll(authors);
        return voters;
    }

    private long count(java.util.function.Predicate<OpinionChoice> which) {
        return voters().stream().map(opinions::get).filter(Objects::nonNull).filter(which).count();
    }

    @Override
    public boolean counted() {
        return true;
    }

    @Override
    public boolean inSession() {
        return false;
    }

    @Override
    public int voterCount() {
        return voters().size();
    }

    /** Voters who have given an opinion, abstentions included. */
    public int spoken() {
        return (int) count(choice -> true);
    }

    @Override
    public int favourable() {
        return (int) count(OpinionChoice::isFavourable);
    }

    @Override
    public int unfavourable() {
        return (int) count(choice -> choice == OpinionChoice.UNFAVOURABLE);
    }

    @Override
    public int abstentions() {
        return (int) count(choice -> choice == OpinionChoice.ABSTENTION);
    }

    /** Voters who have not spoken yet. */
    public int silent() {
        return voters().size() - spoken();
    }

    /** How many voters must have spoken for the quorum: the body's share of them, rounded up, at least one. */
    public int quorumRequired() {
        return Math.max(1, (int) Math.ceil(voters().size() * quorumPercent / 100.0));
    }

    public boolean quorumReached() {
        return !voters().isEmpty() && spoken() >= quorumRequired();
    }

    /**
     * Whether the rule approves already, whatever the voters still silent may say: the step then closes by
     * itself. Only approval is automatic; sending back or rejecting is a person's decision, with its reason.
     */
    public boolean approvalSettled() {
        return switch (rule) {
            case CHAIR_DECIDES -> false;
            case MAJORITY_WITH_QUORUM -> quorumReached() && favourable() > unfavourable() + silent();
            case UNANIMITY -> !voters().isEmpty() && favourable() == voters().size();
        };
    }

    /**
     * Checks that the rule allows this decision now.
     *
     * @throws BusinessException saying why not, with the counts ({@code workflow.rule.*} keys)
     */
    @Override
    public void requireAllows(StepDecision decision) {
        if (rule == DecisionRule.CHAIR_DECIDES) {
            return;
        }
        if (voters().isEmpty()) {
            throw new BusinessException("workflow.rule.noVoter");
        }
        if (rule == DecisionRule.MAJORITY_WITH_QUORUM) {
            requireMajority(decision);
        } else {
            requireUnanimity(decision);
        }
    }

    private void requireMajority(StepDecision decision) {
        if (!quorumReached()) {
            throw new BusinessException("workflow.rule.quorumNotReached", spoken(), voters().size(), quorumRequired());
        }
        switch (decision) {
            case APPROVE -> {
                if (favourable() <= unfavourable()) {
                    throw new BusinessException("workflow.rule.noFavourableMajority", favourable(), unfavourable());
                }
            }
            case REJECT -> {
                if (unfavourable() <= favourable()) {
                    throw new BusinessException("workflow.rule.noUnfavourableMajority", favourable(), unfavourable());
                }
            }
            case REQUEST_CHANGES -> {
                if (favourable() > unfavourable()) {
                    throw new BusinessException("workflow.rule.majorityApproves", favourable(), unfavourable());
                }
            }
        }
    }

    private void requireUnanimity(StepDecision decision) {
        boolean unanimous = favourable() == voters().size();
        if (decision == StepDecision.APPROVE && !unanimous) {
            throw new BusinessException("workflow.rule.notUnanimous", favourable(), voters().size());
        }
        if (decision != StepDecision.APPROVE && spoken() == favourable()) {
            // No one has yet said anything but "favourable": unanimity may still be reached.
            throw new BusinessException("workflow.rule.unanimityStillPossible", favourable(), voters().size());
        }
    }
}
