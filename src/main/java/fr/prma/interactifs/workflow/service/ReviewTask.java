package fr.prma.interactifs.workflow.service;

import java.time.Instant;

import fr.prma.interactifs.workflow.entity.OpinionChoice;

/**
 * A step awaiting the person: a paper their body reviews, by when, and whether they have given their opinion
 * (and may decide the step, as its chair).
 */
public record ReviewTask(long paperId, String paperTitle, String bodyName, int position, Instant deadlineAt,
        boolean overdue, OpinionChoice myOpinion, boolean mayDecide) {
}
