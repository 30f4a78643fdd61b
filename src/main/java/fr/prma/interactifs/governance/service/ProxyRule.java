package fr.prma.interactifs.governance.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.platform.service.BusinessException;

/**
 * A member who cannot come may give their proxy (pouvoir) to another member of the same body. Someone who
 * comes keeps their own voice, and nobody holds their own proxy.
 */
public final class ProxyRule {

    private ProxyRule() {
    }

    /**
     * @throws BusinessException with a message saying what is wrong with the proxy
     */
    public static void check(long personId, AttendanceAnswer answer, Long proxyId, Set<Long> bodyMembers) {
        if (proxyId == null) {
            return;
        }
        if (answer == AttendanceAnswer.PRESENT) {
            throw new BusinessException("attendance.error.proxyWhenPresent");
        }
        if (proxyId == personId) {
            throw new BusinessException("attendance.error.proxySelf");
        }
        if (!bodyMembers.contains(proxyId)) {
            throw new BusinessException("attendance.error.proxyOutsideBody");
        }
    }
}
