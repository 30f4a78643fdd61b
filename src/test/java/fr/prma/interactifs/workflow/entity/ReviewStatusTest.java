package fr.prma.interactifs.workflow.entity;

import static fr.prma.interactifs.workflow.entity.ReviewStatus.APPROVED;
import static fr.prma.interactifs.workflow.entity.ReviewStatus.CHANGES_REQUESTED;
import static fr.prma.interactifs.workflow.entity.ReviewStatus.DRAFT;
import static fr.prma.interactifs.workflow.entity.ReviewStatus.IN_REVIEW;
import static fr.prma.interactifs.workflow.entity.ReviewStatus.REJECTED;
import static fr.prma.interactifs.workflow.entity.ReviewStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;

/** Every allowed and every refused move of a position paper's (or a review's) status. */
class ReviewStatusTest {

    private static final Map<ReviewStatus, Set<ReviewStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(IN_REVIEW, WITHDRAWN),
            IN_REVIEW, EnumSet.of(IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN),
            CHANGES_REQUESTED, EnumSet.of(IN_REVIEW, WITHDRAWN),
            APPROVED, EnumSet.noneOf(ReviewStatus.class),
            REJECTED, EnumSet.noneOf(ReviewStatus.class),
            WITHDRAWN, EnumSet.noneOf(ReviewStatus.class));

    @Test
    void eachStatusMovesExactlyWhereTheCircuitSays() {
        for (ReviewStatus from : ReviewStatus.values()) {
            for (ReviewStatus to : ReviewStatus.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    assertEquals(to, from.moveTo(to), from + " → " + to);
                } else {
                    BusinessException refused = assertThrows(BusinessException.class, () -> from.moveTo(to),
                            from + " → " + to + " must be refused");
                    assertEquals("workflow.error.transition", refused.messageKey());
                    assertEquals(new Label("workflow.status." + from), refused.parameters()[0]);
                    assertEquals(new Label("workflow.status." + to), refused.parameters()[1]);
                }
            }
        }
    }

    @Test
    void approvedRejectedAndWithdrawnAreFinal() {
        assertEquals(EnumSet.of(APPROVED, REJECTED, WITHDRAWN),
                EnumSet.copyOf(java.util.Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::isFinal).toList()));
    }

    @Test
    void onlyADraftOrAPaperSentBackMayBeChangedByItsAuthors() {
        assertEquals(EnumSet.of(DRAFT, CHANGES_REQUESTED),
                EnumSet.copyOf(java.util.Arrays.stream(ReviewStatus.values()).filter(ReviewStatus::isEditable).toList()));
    }
}
