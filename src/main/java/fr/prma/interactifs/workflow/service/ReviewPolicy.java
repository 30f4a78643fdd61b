package fr.prma.interactifs.workflow.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.workflow.entity.ReviewStatus;

/**
 * Who sees a position paper and who closes a step, decided in plain Java so that every rule is unit tested.
 *
 * <ul>
 * <li>A draft, and a paper withdrawn before its first submission, are seen by its authors only.</li>
 * <li>Once submitted, the members of the bodies whose steps it reached see it too (they review it), with the
 * administrators; an adopted paper is seen by everyone in the cluster, with its adoption record.</li>
 * <li>A step is closed by its body's chair, whatever its rule; by a secretary of the body only in one of the
 * body's meetings under way (the decision is then that meeting's).</li>
 * </ul>
 */
public final class ReviewPolicy {

    private ReviewPolicy() {
    }

    /**
     * @param author          whether the person is one of the paper's authors
     * @param status          the paper's status
     * @param submitted       whether it was ever submitted
     * @param sitsInABodyItReached whether the person sits in a body whose step the paper reached
     */
    public static boolean canRead(boolean author, boolean administrator, ReviewStatus status, boolean submitted,
            boolean sitsInABodyItReached) {
        if (author || status == ReviewStatus.APPROVED) {
            return true;
        }
        return submitted && (administrator || sitsInABodyItReached);
    }

    /**
     * Whether a paper has an adoption record that every signed-in person reads (members, partners, administrators
     * alike): once adopted, and never before, so that the record of a paper still in review, rejected or withdrawn
     * tells nothing of it.
     */
    public static boolean hasPublicAdoptionRecord(ReviewStatus status) {
        return status == ReviewStatus.APPROVED;
    }

    /**
     * @param rolesInBody  the person's roles in the step's body
     * @param inItsMeeting whether the decision is taken in a meeting of that body under way
     */
    public static boolean canDecide(Set<BodyRole> rolesInBody, boolean inItsMeeting) {
        return rolesInBody.contains(BodyRole.CHAIR) || rolesInBody.contains(BodyRole.SECRETARY) && inItsMeeting;
    }
}
