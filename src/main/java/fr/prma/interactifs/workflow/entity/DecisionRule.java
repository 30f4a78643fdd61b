package fr.prma.interactifs.workflow.entity;

/**
 * How a step of a circuit is decided by its body.
 *
 * <ul>
 * <li>{@link #CHAIR_DECIDES}: the members give their opinions, the chair decides, whatever they are;</li>
 * <li>{@link #MAJORITY_WITH_QUORUM}: enough members must have spoken (the body's quorum, abstentions
 * included), and the decision follows the majority of the votes cast (abstentions excluded);</li>
 * <li>{@link #UNANIMITY}: every member who may vote is favourable (reservations allowed).</li>
 * </ul>
 * The authors of what is reviewed never count: they sit in the body, but their opinions are shown as theirs and
 * left out of every count (conflict of interest).
 */
public enum DecisionRule {
    CHAIR_DECIDES,
    MAJORITY_WITH_QUORUM,
    UNANIMITY
}
