package fr.prma.interactifs.governance.service;

import java.util.Map;
import java.util.Set;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;

/**
 * Whether enough members are there for a body's decisions: members present, plus members absent who gave
 * their proxy to someone present, must reach the body's share of its members (rounded up).
 *
 * @param members   members of the body
 * @param percent   the body's quorum, in percent of its members
 * @param present   members present (expected from the answers before the meeting, recorded on the day)
 * @param represented members not present whose proxy is held by a member present
 */
public record Quorum(int members, int percent, int present, int represented) {

    public Quorum {
        if (members < 0 || present < 0 || represented < 0 || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("Impossible quorum: " + members + " members, " + percent + " %");
        }
    }

    /**
     * Counts a meeting: who is present and who is represented, among the body's current members only.
     *
     * @param status  each member's answer (before the meeting) or recorded attendance (on the day)
     * @param proxies for members who gave a proxy, the member who holds it
     */
    public static Quorum count(Set<Long> members, int percent, Map<Long, AttendanceAnswer> status,
                               Map<Long, Long> proxies) {
        int present = 0;
        int represented = 0;
        for (Long member : members) {
            if (status.get(member) == AttendanceAnswer.PRESENT) {
                present++;
            } else {
                Long holder = proxies.get(member);
                if (holder != null && members.contains(holder) && status.get(holder) == AttendanceAnswer.PRESENT) {
                    represented++;
                }
            }
        }
        return new Quorum(members.size(), percent, present, represented);
    }

    /** How many members must be present or represented; at least one when the body has members. */
    public int required() {
        return (int) Math.ceil(members * percent / 100.0);
    }

    public int counted() {
        return present + represented;
    }

    public boolean isReached() {
        return members > 0 && counted() >= required();
    }
}
