package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.security.Actor;

class MeetingPolicyTest {

    private static final Actor PERSON = new Actor(10, false);
    private static final Actor ADMINISTRATOR = new Actor(11, true);

    @Test
    void outsidersNeitherSeeNorChangeNorAnswerABodysMeetings() {
        MeetingPolicy policy = new MeetingPolicy(PERSON, BodyCode.WORKING_GROUP, Set.of());

        assertFalse(policy.canSee());
        assertFalse(policy.canChange());
        assertFalse(policy.canAnswer());
    }

    @Test
    void membersSeeAndAnswerButDoNotChange() {
        MeetingPolicy policy = new MeetingPolicy(PERSON, BodyCode.DEPARTMENTAL_MEETING, Set.of(BodyRole.MEMBER));

        assertTrue(policy.canSee());
        assertTrue(policy.canAnswer());
        assertFalse(policy.canChange());
    }

    @Test
    void secretariesAndTheChairChangeTheirBodysMeetings() {
        assertTrue(new MeetingPolicy(PERSON, BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER, BodyRole.SECRETARY))
                .canChange());
        assertTrue(new MeetingPolicy(PERSON, BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER, BodyRole.CHAIR))
                .canChange());
    }

    @Test
    void everyoneSeesTheSteeringCommitteesMeetingsButOnlyItsMembersAnswer() {
        MeetingPolicy outsider = new MeetingPolicy(PERSON, BodyCode.STEERING_COMMITTEE, Set.of());

        assertTrue(outsider.canSee());
        assertFalse(outsider.canAnswer());
        assertFalse(outsider.canChange());
    }

    @Test
    void administratorsSeeAndChangeEveryBodysMeetingsWithoutAnsweringForOthers() {
        MeetingPolicy policy = new MeetingPolicy(ADMINISTRATOR, BodyCode.WORKING_GROUP, Set.of());

        assertTrue(policy.canSee());
        assertTrue(policy.canChange());
        assertFalse(policy.canAnswer(), "an administrator who does not sit in the body is not convened");
    }
}
