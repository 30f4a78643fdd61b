package fr.prma.interactifs.workflow.entity;

/**
 * How a step closes: {@link #APPROVE} opens the next step (or adopts after the last), {@link #REQUEST_CHANGES}
 * sends the paper back to its authors (their next version restarts the same step), {@link #REJECT} ends the
 * review for good, with its reason.
 */
public enum StepDecision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT
}
