package fr.prma.interactifs.workflow.service;

/**
 * The vote of the room as the secretary types it on the decision form: voices for, against and abstaining. A
 * field left empty counts as no voice.
 */
public record SessionVote(Integer votesFor, Integer votesAgainst, Integer abstentions) {

    /** No vote typed: the chair's decision, or a decision outside a meeting. */
    public static final SessionVote NONE = new SessionVote(null, null, null);

    int forCount() {
        return votesFor == null ? 0 : votesFor;
    }

    int againstCount() {
        return votesAgainst == null ? 0 : votesAgainst;
    }

    int abstentionCount() {
        return abstentions == null ? 0 : abstentions;
    }
}
