package fr.prma.interactifs.governance.service;

import java.util.List;

/**
 * Decisions taken in a meeting through other parts of the intranet (a step of a position paper's review closed
 * by the secretary in the meeting), which the meeting's minutes list after the decisions of its agenda items.
 * Implemented where those decisions live; the minutes read every implementation.
 */
public interface DecisionsTakenInMeetings {

    /** The decisions taken in that meeting, in the order they were taken, worded in French. */
    List<Decision> takenIn(long meetingId);

    /** A decision as the minutes record it; counts are {@code null} when no vote was counted. */
    record Decision(String wording, Integer votesFor, Integer votesAgainst, Integer abstentions) {
    }
}
