package fr.prma.interactifs.workflow.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.workflow.entity.StepCount.DecisionOption;

/**
 * A decision in session follows the room's vote: the step's rule applied to the voices for, against and abstaining
 * of the members present or represented, with the meeting's quorum.
 */
class RoomVoteTest {

    /** A body of 7 members whose quorum is 4, with 5 present or represented. */
    private static RoomVote majority(int votesFor, int against, int abstaining) {
        return new RoomVote(DecisionRule.MAJORITY_WITH_QUORUM, 7, 4, 5, votesFor, against, abstaining);
    }

    private static BusinessException refusal(RoomVote vote, StepDecision decision) {
        return assertThrows(BusinessException.class, () -> vote.requireAllows(decision));
    }

    private static List<StepDecision> offered(RoomVote vote) {
        return vote.options().stream().filter(DecisionOption::allowed).map(DecisionOption::decision).toList();
    }

    @Test
    void aMajorityForOffersApprovalOnlyAndSaysWhyTheOthersAreNot() {
        RoomVote vote = majority(3, 1, 1);
        assertEquals(List.of(StepDecision.APPROVE), offered(vote));
        BusinessException reject = refusal(vote, StepDecision.REJECT);
        assertEquals("workflow.room.noMajorityAgainst", reject.messageKey());
        assertArrayEquals(new Object[] {3, 1}, reject.parameters());
        assertEquals("workflow.room.majorityFor", refusal(vote, StepDecision.REQUEST_CHANGES).messageKey());
    }

    @Test
    void aMajorityAgainstOffersRejectionOrChangesButNotApproval() {
        RoomVote vote = majority(1, 3, 0);
        assertEquals(List.of(StepDecision.REQUEST_CHANGES, StepDecision.REJECT), offered(vote));
        assertEquals("workflow.room.noMajorityFor", refusal(vote, StepDecision.APPROVE).messageKey());
    }

    @Test
    void aTieNeitherApprovesNorRejectsButMayAskForChanges() {
        assertEquals(List.of(StepDecision.REQUEST_CHANGES), offered(majority(2, 2, 1)));
    }

    @Test
    void abstentionsAreNotVotesCast() {
        assertEquals(List.of(StepDecision.APPROVE), offered(majority(1, 0, 4)));
    }

    @Test
    void withoutTheMeetingsQuorumNothingIsDecidedWhateverTheVote() {
        RoomVote vote = new RoomVote(DecisionRule.MAJORITY_WITH_QUORUM, 7, 4, 3, 3, 0, 0);
        BusinessException refused = refusal(vote, StepDecision.APPROVE);
        assertEquals("workflow.room.quorumNotReached", refused.messageKey());
        assertArrayEquals(new Object[] {3, 7, 4}, refused.parameters());
        assertTrue(offered(vote).isEmpty());
    }

    @Test
    void attendanceNotRecordedMeansNobodyIsThere() {
        assertEquals("workflow.room.quorumNotReached",
                refusal(new RoomVote(DecisionRule.UNANIMITY, 5, 3, 0, 0, 0, 0), StepDecision.REJECT).messageKey());
    }

    @Test
    void neverMoreVoicesThanMembersPresentOrRepresented() {
        BusinessException refused = refusal(majority(4, 1, 1), StepDecision.APPROVE);
        assertEquals("workflow.room.tooManyVoices", refused.messageKey());
        assertArrayEquals(new Object[] {6, 5}, refused.parameters());
    }

    @Test
    void aVoteMustBeTypedAndNoCountIsNegative() {
        assertEquals("workflow.room.noVote", refusal(majority(0, 0, 0), StepDecision.REQUEST_CHANGES).messageKey());
        assertEquals("workflow.room.negative", refusal(majority(3, -1, 0), StepDecision.APPROVE).messageKey());
    }

    @Test
    void unanimityOfTheRoomIsEveryMemberPresentOrRepresentedVotingFor() {
        RoomVote all = new RoomVote(DecisionRule.UNANIMITY, 7, 4, 5, 5, 0, 0);
        assertEquals(List.of(StepDecision.APPROVE), offered(all));
        assertEquals("workflow.room.unanimous", refusal(all, StepDecision.REJECT).messageKey());
        RoomVote oneAbstains = new RoomVote(DecisionRule.UNANIMITY, 7, 4, 5, 4, 0, 1);
        assertEquals(List.of(StepDecision.REQUEST_CHANGES, StepDecision.REJECT), offered(oneAbstains));
        BusinessException refused = refusal(oneAbstains, StepDecision.APPROVE);
        assertEquals("workflow.room.notUnanimous", refused.messageKey());
        assertArrayEquals(new Object[] {4, 5}, refused.parameters());
    }

    @ParameterizedTest
    @EnumSource(StepDecision.class)
    void whenTheChairDecidesTheDecisionIsStatedInSessionWithoutVoteNorQuorum(StepDecision decision) {
        RoomVote stated = new RoomVote(DecisionRule.CHAIR_DECIDES, 7, 4, 0, 0, 0, 0);
        stated.requireAllows(decision);
        assertEquals(false, stated.counted());
    }

    @Test
    void aStepClosedInSessionRecordsTheRoomsVoteNotTheWrittenOpinions() {
        Review review = Review.ofDocument(1L, null, null, Instant.EPOCH);
        ReviewStep step = new ReviewStep(review, 1, 1, 1, null, DecisionRule.MAJORITY_WITH_QUORUM, 50,
                Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), Instant.EPOCH, null);
        // The written opinions were unfavourable; the room votes for.
        step.close(StepDecision.APPROVE, null, 42L, null, majority(3, 1, 1), Instant.EPOCH.plusSeconds(60));
        assertEquals(StepDecision.APPROVE, step.getDecision());
        assertEquals(42L, step.getDecidedInMeetingId());
        assertTrue(step.isVotedInSession());
        assertEquals(5, step.getVoters());
        assertEquals(3, step.getFavourable());
        assertEquals(1, step.getUnfavourable());
        assertEquals(1, step.getAbstentions());
    }

    @Test
    void aChairsDecisionStatedInSessionCarriesNoCounts() {
        Review review = Review.ofDocument(1L, null, null, Instant.EPOCH);
        ReviewStep step = new ReviewStep(review, 1, 1, 1, null, DecisionRule.CHAIR_DECIDES, 50, Set.of(1L, 2L),
                Instant.EPOCH, null);
        step.close(StepDecision.REJECT, null, 42L, "Hors du champ du pôle",
                new RoomVote(DecisionRule.CHAIR_DECIDES, 2, 1, 0, 0, 0, 0), Instant.EPOCH.plusSeconds(60));
        assertTrue(step.isVotedInSession());
        assertNull(step.getVoters());
    }
}
