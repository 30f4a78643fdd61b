package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.platform.service.BusinessException;

class ProxyRuleTest {

    private static final Set<Long> BODY = Set.of(1L, 2L, 3L);

    @Test
    void aMemberWhoCannotComeGivesTheirProxyToAnotherMember() {
        assertDoesNotThrow(() -> ProxyRule.check(1, AttendanceAnswer.EXCUSED, 2L, BODY));
        assertDoesNotThrow(() -> ProxyRule.check(1, AttendanceAnswer.ABSENT, 3L, BODY));
        assertDoesNotThrow(() -> ProxyRule.check(1, AttendanceAnswer.PRESENT, null, BODY));
    }

    @Test
    void aProxyToSomeoneOutsideTheBodyIsRefused() {
        assertEquals("attendance.error.proxyOutsideBody", refusal(1, AttendanceAnswer.EXCUSED, 42L));
    }

    @Test
    void nobodyHoldsTheirOwnProxy() {
        assertEquals("attendance.error.proxySelf", refusal(1, AttendanceAnswer.EXCUSED, 1L));
    }

    @Test
    void someoneWhoComesGivesNoProxy() {
        assertEquals("attendance.error.proxyWhenPresent", refusal(1, AttendanceAnswer.PRESENT, 2L));
    }

    private static String refusal(long person, AttendanceAnswer answer, Long proxy) {
        return assertThrows(BusinessException.class, () -> ProxyRule.check(person, answer, proxy, BODY)).messageKey();
    }
}
