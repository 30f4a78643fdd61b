package fr.prma.interactifs.governance.service;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.platform.service.BusinessException;

/**
 * A member who cannot come may give their proxy (pouvoir) to another member of the same body. Someone who
 * comes keeps their own voice, and nobody holds their own proxy.
 * <p>
 * A proxy goes from the giver to a member who will be there to use it: it is never passed on. So a member may
 * not give theirs to someone who gave theirs away (a chain, or a loop when that someone gave it to them), nor give
 * theirs away while holding someone else's. And a body caps how many proxies one member holds at a meeting, so
 * that a few members cannot make up the quorum for everyone.
 *
 * @param members the members of the body, by id, with the name refusals give them
 * @param proxies the proxies given for the meeting so far, from giver to holder (the person's own included:
 *                keeping one's holder is never refused because of the cap); those of people who are no longer
 *                members are left out
 * @param cap     how many proxies of a meeting one member may hold (the body's setting, at least 1)
 */
public record ProxyRule(Map<Long, String> members, Map<Long, Long> proxies, int cap) {

    public ProxyRule {
        if (cap < 1) {
            throw new IllegalArgumentException("A body's cap on proxies is at least 1: " + cap);
        }
        Map<Long, String> bodyMembers = Map.copyOf(members);
        // Those who left the body since they gave their proxy no longer count, as in the quorum.
        proxies = proxies.entrySet().stream().filter(proxy -> bodyMembers.containsKey(proxy.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        members = bodyMembers;
    }

    /**
     * @param proxyId the member the person gives their proxy to, {@code null} for nobody
     * @throws BusinessException with a message saying what is wrong with the proxy, naming the members concerned
     */
    public void check(long personId, AttendanceAnswer answer, Long proxyId) {
        if (proxyId == null) {
            return;
        }
        if (answer == AttendanceAnswer.PRESENT) {
            throw new BusinessException("attendance.error.proxyWhenPresent");
        }
        if (proxyId == personId) {
            throw new BusinessException("attendance.error.proxySelf");
        }
        if (!members.containsKey(proxyId)) {
            throw new BusinessException("attendance.error.proxyOutsideBody");
        }
        Long holdersHolder = proxies.get(proxyId);
        if (holdersHolder != null && holdersHolder == personId) {
            throw new BusinessException("attendance.error.proxyLoop", name(proxyId));
        }
        if (holdersHolder != null) {
            throw new BusinessException("attendance.error.proxyChain", name(proxyId), name(holdersHolder));
        }
        Optional<Long> giver = proxies.entrySet().stream().filter(proxy -> proxy.getValue() == personId)
                .map(Map.Entry::getKey).sorted().findFirst();
        if (giver.isPresent()) {
            throw new BusinessException("attendance.error.proxyHeld", name(giver.get()));
        }
        if (!proxyId.equals(proxies.get(personId)) && held(proxyId, personId) >= cap) {
            throw new BusinessException("attendance.error.proxyCap", name(proxyId), cap);
        }
    }

    /** How many proxies the member holds, not counting the person's. */
    private long held(long holderId, long personId) {
        return proxies.entrySet().stream()
                .filter(proxy -> proxy.getKey() != personId && proxy.getValue() == holderId).count();
    }

    private String name(long personId) {
        return Objects.requireNonNullElse(members.get(personId), "");
    }
}
