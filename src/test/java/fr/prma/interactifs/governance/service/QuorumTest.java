package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;

class QuorumTest {

    private static final Set<Long> SEVEN = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    @Test
    void halfOfSevenMembersMeansFourRoundedUp() {
        assertEquals(4, new Quorum(7, 50, 0, 0).required());
        assertEquals(1, new Quorum(1, 50, 0, 0).required());
        assertEquals(7, new Quorum(7, 100, 0, 0).required());
    }

    @Test
    void membersRepresentedByAProxyHeldBySomeonePresentCount() {
        Quorum quorum = Quorum.count(SEVEN, 50,
                Map.of(1L, AttendanceAnswer.PRESENT, 2L, AttendanceAnswer.PRESENT, 3L, AttendanceAnswer.PRESENT,
                        4L, AttendanceAnswer.EXCUSED),
                Map.of(4L, 1L));

        assertEquals(3, quorum.present());
        assertEquals(1, quorum.represented());
        assertTrue(quorum.isReached());
    }

    @Test
    void aProxyHeldBySomeoneAbsentOrOutsideTheBodyDoesNotCount() {
        Quorum quorum = Quorum.count(SEVEN, 50,
                Map.of(1L, AttendanceAnswer.PRESENT, 2L, AttendanceAnswer.PRESENT, 3L, AttendanceAnswer.PRESENT,
                        4L, AttendanceAnswer.EXCUSED, 5L, AttendanceAnswer.ABSENT, 99L, AttendanceAnswer.PRESENT),
                Map.of(4L, 5L, 6L, 99L));

        assertEquals(3, quorum.present(), "only members of the body are counted");
        assertEquals(0, quorum.represented());
        assertFalse(quorum.isReached());
    }

    @Test
    void aBodyWithoutMembersNeverReachesItsQuorum() {
        assertFalse(Quorum.count(Set.of(), 50, Map.of(), Map.of()).isReached());
    }

    @Test
    void aQuorumOutsideOneToAHundredPercentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Quorum(7, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Quorum(7, 101, 0, 0));
    }
}
