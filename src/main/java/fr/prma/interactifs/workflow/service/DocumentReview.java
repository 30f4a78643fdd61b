package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.List;

import fr.prma.interactifs.workflow.entity.ReviewStatus;

/**
 * The steering committee's review of a document, as its reader sees it: where it stands and, for those involved
 * (the committee's members, the submitter, administrators), its step with the opinions; the version of the document
 * it examined.
 */
public record DocumentReview(long id, ReviewStatus status, String submittedBy, Instant submittedAt, Instant endedAt,
        int reviewedVersion, List<StepView> steps) {

    /** The committee has decided (approved, changes requested or rejected): the outcome is stated. */
    public boolean isDecided() {
        return endedAt != null && status != ReviewStatus.WITHDRAWN && status != ReviewStatus.IN_REVIEW;
    }

    public StepView openStep() {
        return steps.stream().filter(StepView::isOpen).findFirst().orElse(null);
    }

    public StepView lastStep() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}
