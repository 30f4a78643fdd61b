package fr.prma.interactifs.workflow.service;

import java.util.List;

/** What the position papers' page shows a person: their papers, what awaits their opinion, the adopted ones. */
public record PapersOverview(List<PaperSummary> mine, List<ReviewTask> toReview, List<PaperSummary> adopted,
        boolean mayDraft) {
}
