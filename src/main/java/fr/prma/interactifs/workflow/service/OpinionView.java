package fr.prma.interactifs.workflow.service;

import java.time.Instant;

import fr.prma.interactifs.workflow.entity.OpinionChoice;

/** An opinion as the body sees it; an author's is shown as such, and is not counted. */
public record OpinionView(long personId, String personName, OpinionChoice choice, String comment, boolean byAuthor,
        Instant changedAt) {
}
