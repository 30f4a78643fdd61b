package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.List;

import fr.prma.interactifs.workflow.entity.ReviewStatus;

/**
 * The steering committee's review of a document, as its reader sees it: where it stands and, for those involved
 * (the committee's members, the submitter, administrators), its step with the opinions.
 */
public record DocumentReview(long id, ReviewStatus status, String submittedBy, Instant submittedAt, Instant endedAt,
        List<StepView> steps) {

    public StepView openStep() {
        return steps.stream().filter(StepView::isOpen).findFirst().orElse(null);
    }

    public StepView lastStep() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}
