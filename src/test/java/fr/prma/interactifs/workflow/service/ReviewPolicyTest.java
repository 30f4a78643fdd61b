package fr.prma.interactifs.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.workflow.entity.ReviewStatus;

/** Who reads a position paper and who closes a step. */
class ReviewPolicyTest {

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void itsAuthorsAlwaysReadIt(ReviewStatus status) {
        assertTrue(ReviewPolicy.canRead(true, false, status, status != ReviewStatus.DRAFT, false));
    }

    @Test
    void aDraftIsItsAuthorsOnlyEvenForAdministrators() {
        assertFalse(ReviewPolicy.canRead(false, true, ReviewStatus.DRAFT, false, true));
        assertFalse(ReviewPolicy.canRead(false, true, ReviewStatus.WITHDRAWN, false, false),
                "withdrawn before it was ever submitted");
    }

    @ParameterizedTest
    @EnumSource(value = ReviewStatus.class, names = {"IN_REVIEW", "CHANGES_REQUESTED", "REJECTED", "WITHDRAWN"})
    void onceSubmittedTheBodiesItReachedReadItAndNoOneElse(ReviewStatus status) {
        assertTrue(ReviewPolicy.canRead(false, false, status, true, true));
        assertTrue(ReviewPolicy.canRead(false, true, status, true, false), "administrators too");
        assertFalse(ReviewPolicy.canRead(false, false, status, true, false), "a rejected paper leaks nowhere");
    }

    @Test
    void anAdoptedPaperIsEveryones() {
        assertTrue(ReviewPolicy.canRead(false, false, ReviewStatus.APPROVED, true, false));
    }

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void onlyAnAdoptedPaperHasAnAdoptionRecord(ReviewStatus status) {
        assertEquals(status == ReviewStatus.APPROVED, ReviewPolicy.hasPublicAdoptionRecord(status));
    }

    @Test
    void theChairDecidesAndTheSecretaryOnlyInAMeetingOfTheBody() {
        assertTrue(ReviewPolicy.canDecide(EnumSet.of(BodyRole.MEMBER, BodyRole.CHAIR), false));
        assertTrue(ReviewPolicy.canDecide(EnumSet.of(BodyRole.MEMBER, BodyRole.SECRETARY), true));
        assertFalse(ReviewPolicy.canDecide(EnumSet.of(BodyRole.MEMBER, BodyRole.SECRETARY), false));
        assertFalse(ReviewPolicy.canDecide(EnumSet.of(BodyRole.MEMBER), true));
        assertFalse(ReviewPolicy.canDecide(Set.of(), true));
    }
}
