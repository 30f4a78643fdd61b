package fr.prma.interactifs.workflow.entity;

import static fr.prma.interactifs.workflow.entity.OpinionChoice.ABSTENTION;
import static fr.prma.interactifs.workflow.entity.OpinionChoice.FAVOURABLE;
import static fr.prma.interactifs.workflow.entity.OpinionChoice.FAVOURABLE_WITH_RESERVATIONS;
import static fr.prma.interactifs.workflow.entity.OpinionChoice.UNFAVOURABLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.prma.interactifs.platform.service.BusinessException;

/** Each decision rule, counted over the members of the body when the step opened, the authors left out. */
class StepTallyTest {

    /** Members 1..n. */
    private static Set<Long> members(int n) {
        return LongStream.rangeClosed(1, n).boxed().collect(Collectors.toSet());
    }

    /** Opinions given in order by members 1, 2, 3… */
    private static Map<Long, OpinionChoice> opinions(OpinionChoice... choices) {
        Map<Long, OpinionChoice> opinions = new HashMap<>();
        for (int i = 0; i < choices.length; i++) {
            opinions.put((long) i + 1, choices[i]);
        }
        return opinions;
    }

    private static StepTally majority(int members, OpinionChoice... choices) {
        return new StepTally(DecisionRule.MAJORITY_WITH_QUORUM, 50, members(members), Set.of(), opinions(choices));
    }

    private static StepTally unanimity(int members, OpinionChoice... choices) {
        return new StepTally(DecisionRule.UNANIMITY, 50, members(members), Set.of(), opinions(choices));
    }

    private static BusinessException refusal(StepTally tally, StepDecision decision) {
        return assertThrows(BusinessException.class, () -> tally.requireAllows(decision));
    }

    @Nested
    class MajorityWithQuorum {

        @Test
        void quorumNotReachedSaysHowManyOpinionsOfHowManyMembersAndHowManyAreRequired() {
            StepTally tally = majority(7, FAVOURABLE, FAVOURABLE, FAVOURABLE);

            BusinessException refused = refusal(tally, StepDecision.APPROVE);

            assertEquals("workflow.rule.quorumNotReached", refused.messageKey());
            assertArrayEquals(new Object[] {3, 7, 4}, refused.parameters());
            assertFalse(tally.approvalSettled());
        }

        @Test
        void abstentionsCountTowardsTheQuorumButAreNoVotes() {
            StepTally tally = majority(7, FAVOURABLE, UNFAVOURABLE, ABSTENTION, ABSTENTION);

            assertTrue(tally.quorumReached());
            assertEquals(2, tally.abstentions());
            BusinessException refused = refusal(tally, StepDecision.APPROVE);
            assertEquals("workflow.rule.noFavourableMajority", refused.messageKey(), "1 for, 1 against: a tie");
            assertArrayEquals(new Object[] {1, 1}, refused.parameters());
        }

        @Test
        void aTieNeitherApprovesNorRejectsButMaySendBack() {
            StepTally tally = majority(4, FAVOURABLE, UNFAVOURABLE, FAVOURABLE_WITH_RESERVATIONS, UNFAVOURABLE);

            assertEquals("workflow.rule.noFavourableMajority", refusal(tally, StepDecision.APPROVE).messageKey());
            assertEquals("workflow.rule.noUnfavourableMajority", refusal(tally, StepDecision.REJECT).messageKey());
            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.REQUEST_CHANGES));
        }

        @Test
        void aFavourableMajorityApprovesAndReservationsAreFavourable() {
            StepTally tally = majority(5, FAVOURABLE, FAVOURABLE_WITH_RESERVATIONS, UNFAVOURABLE);

            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.APPROVE));
            assertEquals("workflow.rule.majorityApproves", refusal(tally, StepDecision.REQUEST_CHANGES).messageKey());
            assertEquals("workflow.rule.noUnfavourableMajority", refusal(tally, StepDecision.REJECT).messageKey());
        }

        @Test
        void anUnfavourableMajorityRejectsOrSendsBack() {
            StepTally tally = majority(5, UNFAVOURABLE, UNFAVOURABLE, FAVOURABLE);

            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.REJECT));
            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.REQUEST_CHANGES));
            assertEquals("workflow.rule.noFavourableMajority", refusal(tally, StepDecision.APPROVE).messageKey());
        }

        @Test
        void approvalIsSettledOnlyWhenTheSilentMembersCouldNoLongerChangeIt() {
            assertFalse(majority(7, FAVOURABLE, FAVOURABLE, FAVOURABLE, UNFAVOURABLE).approvalSettled(),
                    "3 for, 1 against, 3 silent: the silent could still tie it");
            assertTrue(majority(7, FAVOURABLE, FAVOURABLE, FAVOURABLE, FAVOURABLE, UNFAVOURABLE).approvalSettled(),
                    "4 for, 1 against, 2 silent: settled");
            assertTrue(majority(3, FAVOURABLE, FAVOURABLE).approvalSettled());
        }

        @Test
        void theAuthorsOpinionsAreShownButNeverCounted() {
            Set<Long> authors = Set.of(1L, 2L);
            StepTally tally = new StepTally(DecisionRule.MAJORITY_WITH_QUORUM, 50, members(6), authors,
                    opinions(FAVOURABLE, FAVOURABLE, UNFAVOURABLE, UNFAVOURABLE));

            assertEquals(Set.of(3L, 4L, 5L, 6L), tally.voters());
            assertEquals(0, tally.favourable());
            assertEquals(2, tally.unfavourable());
            assertTrue(tally.quorumReached(), "2 of the 4 members who may vote");
            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.REJECT));
            assertEquals("workflow.rule.noFavourableMajority", refusal(tally, StepDecision.APPROVE).messageKey());
        }

        @Test
        void onlyTheMembersWhenTheStepOpenedCount() {
            Map<Long, OpinionChoice> opinions = opinions(FAVOURABLE, UNFAVOURABLE);
            opinions.put(99L, FAVOURABLE);
            StepTally tally = new StepTally(DecisionRule.MAJORITY_WITH_QUORUM, 50, members(2), Set.of(), opinions);

            assertEquals(1, tally.favourable(), "a member who joined since does not tip the balance");
            assertEquals("workflow.rule.noFavourableMajority", refusal(tally, StepDecision.APPROVE).messageKey());
        }

        @Test
        void theQuorumIsTheBodysShareRoundedUp() {
            StepTally tally = new StepTally(DecisionRule.MAJORITY_WITH_QUORUM, 34, members(10), Set.of(), Map.of());

            assertEquals(4, tally.quorumRequired());
            assertEquals(1, new StepTally(DecisionRule.MAJORITY_WITH_QUORUM, 1, members(3), Set.of(), Map.of())
                    .quorumRequired());
        }
    }

    @Nested
    class Unanimity {

        @Test
        void everyMemberFavourableApprovesReservationsIncludedAndSettlesTheStep() {
            StepTally tally = unanimity(3, FAVOURABLE, FAVOURABLE_WITH_RESERVATIONS, FAVOURABLE);

            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.APPROVE));
            assertTrue(tally.approvalSettled());
        }

        @Test
        void oneUnfavourableOpinionOrAbstentionBreaksIt() {
            StepTally against = unanimity(3, FAVOURABLE, UNFAVOURABLE);
            BusinessException refused = refusal(against, StepDecision.APPROVE);
            assertEquals("workflow.rule.notUnanimous", refused.messageKey());
            assertArrayEquals(new Object[] {1, 3}, refused.parameters());
            assertDoesNotThrow(() -> against.requireAllows(StepDecision.REJECT));
            assertDoesNotThrow(() -> against.requireAllows(StepDecision.REQUEST_CHANGES));

            StepTally abstention = unanimity(3, FAVOURABLE, FAVOURABLE, ABSTENTION);
            assertEquals("workflow.rule.notUnanimous", refusal(abstention, StepDecision.APPROVE).messageKey());
            assertFalse(abstention.approvalSettled());
        }

        @Test
        void whileUnanimityIsStillPossibleTheStepCannotEndOtherwise() {
            StepTally tally = unanimity(3, FAVOURABLE);

            assertEquals("workflow.rule.unanimityStillPossible", refusal(tally, StepDecision.REJECT).messageKey());
            assertEquals("workflow.rule.unanimityStillPossible",
                    refusal(tally, StepDecision.REQUEST_CHANGES).messageKey());
            assertFalse(tally.approvalSettled());
        }

        @Test
        void theAuthorsAreNotAskedForTheirAgreement() {
            StepTally tally = new StepTally(DecisionRule.UNANIMITY, 50, members(3), Set.of(3L),
                    opinions(FAVOURABLE, FAVOURABLE, UNFAVOURABLE));

            assertDoesNotThrow(() -> tally.requireAllows(StepDecision.APPROVE));
            assertTrue(tally.approvalSettled());
        }
    }

    @Nested
    class ChairDecides {

        @ParameterizedTest
        @EnumSource(StepDecision.class)
        void theChairMayDecideAnythingWhateverTheOpinions(StepDecision decision) {
            StepTally tally = new StepTally(DecisionRule.CHAIR_DECIDES, 50, members(5), Set.of(),
                    opinions(UNFAVOURABLE, UNFAVOURABLE));

            assertDoesNotThrow(() -> tally.requireAllows(decision));
        }

        @Test
        void nothingIsEverSettledWithoutTheChair() {
            StepTally tally = new StepTally(DecisionRule.CHAIR_DECIDES, 50, members(2), Set.of(),
                    opinions(FAVOURABLE, FAVOURABLE));

            assertFalse(tally.approvalSettled());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DecisionRule.class, names = {"MAJORITY_WITH_QUORUM", "UNANIMITY"})
    void aBodyMadeOnlyOfTheAuthorsCannotDecideByVote(DecisionRule rule) {
        StepTally tally = new StepTally(rule, 50, members(2), Set.of(1L, 2L), opinions(FAVOURABLE, FAVOURABLE));

        assertEquals("workflow.rule.noVoter", refusal(tally, StepDecision.APPROVE).messageKey());
        assertFalse(tally.approvalSettled());
    }

    @Test
    void anImpossibleQuorumIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> new StepTally(DecisionRule.UNANIMITY, 0, members(2), Set.of(), Map.of()));
    }
}
