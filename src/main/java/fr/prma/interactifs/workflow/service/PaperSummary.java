package fr.prma.interactifs.workflow.service;

import java.time.Instant;

import fr.prma.interactifs.workflow.entity.ReviewStatus;

/** A position paper in a list: its title, status and last change. */
public record PaperSummary(long id, String title, ReviewStatus status, String addressee, Instant updatedAt) {
}
