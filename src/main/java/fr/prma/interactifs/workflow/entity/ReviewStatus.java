package fr.prma.interactifs.workflow.entity;

import java.util.EnumSet;
import java.util.Set;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;

/**
 * Where a position paper, or a review, stands. {@link #DRAFT} while its authors write a paper (only they see
 * it); {@link #IN_REVIEW} from its submission, step after step of its circuit; {@link #CHANGES_REQUESTED} when a
 * step sent it back (the authors' next version restarts that step); {@link #APPROVED} after the last step
 * approved it (a paper is then adopted), {@link #REJECTED} when a step rejected it, {@link #WITHDRAWN} when its
 * authors took it back: these three are final. A review starts {@link #IN_REVIEW}.
 */
public enum ReviewStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The statuses each one may move to; moving from a step to the next stays {@link #IN_REVIEW}. */
    private Set<ReviewStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN);
            case CHANGES_REQUESTED -> EnumSet.of(IN_REVIEW, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ReviewStatus.class);
        };
    }

    public boolean canMoveTo(ReviewStatus target) {
        return next().contains(target);
    }

    /**
     * @return the target, when this status may move to it
     * @throws BusinessException {@code workflow.error.transition} otherwise, naming both statuses
     */
    public ReviewStatus moveTo(ReviewStatus target) {
        if (!canMoveTo(target)) {
            throw new BusinessException("workflow.error.transition", label(), target.label());
        }
        return target;
    }

    /** The status's name in the bundle ({@code workflow.status.*}). */
    public Label label() {
        return new Label("workflow.status." + name());
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the authors may still change a paper's text and attachments: before submission or when sent back. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
