package fr.prma.interactifs.workflow.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.service.BodyMember;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.workflow.entity.ReviewOpinion;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The deadlines of review steps, looked at every hour: the members of a step's body who have not given their
 * opinion are reminded once, {@link #REMINDER_BEFORE} before its deadline (in the intranet and by e-mail); once
 * the deadline has passed with the step still open, its body's chair is told once. A reminder sent is recorded
 * ({@code review_reminder}), so a restart or a second round never sends it again.
 */
@Stateless
public class ReviewDeadlines {

    /** How long before the deadline the members who have not spoken are reminded. */
    public static final Duration REMINDER_BEFORE = Duration.ofDays(2);

    private static final String REMINDER = "REMINDER";
    private static final String OVERDUE = "OVERDUE";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Notifications notifications;

    @EJB
    private BodyMemberships memberships;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        remindAndFlag(Instant.now());
    }

    /**
     * Sends the reminders and overdue notices due at that moment.
     *
     * @return how many steps were reminded or flagged
     */
    public int remindAndFlag(Instant now) {
        int sent = 0;
        List<ReviewStep> open = em.createNamedQuery("ReviewStep.findOpenWithDeadline", ReviewStep.class)
                .getResultList();
        for (ReviewStep step : open) {
            if (step.getReview().getPaper() == null) {
                continue;
            }
            if (step.isOverdue(now)) {
                if (record(step, OVERDUE, now)) {
                    notifications.send(chairsOf(step), ReviewNotices.overdue(step, opinionsCounted(step),
                            votersOf(step).size()));
                    sent++;
                }
            } else if (!now.isBefore(step.getDeadlineAt().minus(REMINDER_BEFORE)) && record(step, REMINDER, now)) {
                Set<Long> silent = votersOf(step);
                step.getOpinions().stream().map(o -> o.getPerson().getId()).forEach(silent::remove);
                notifications.send(silent, ReviewNotices.reminder(step));
                sent++;
            }
        }
        return sent;
    }

    /** Records that this reminder is sent; false when it was already. */
    private boolean record(ReviewStep step, String kind, Instant now) {
        Number already = (Number) em.createNativeQuery(
                "select count(*) from review_reminder where step_id = ? and kind = ?")
                .setParameter(1, step.getId()).setParameter(2, kind).getSingleResult();
        if (already.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into review_reminder (step_id, kind, sent_at) values (?, ?, ?)")
                .setParameter(1, step.getId()).setParameter(2, kind)
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        return true;
    }

    /** The members the step counts: its electorate, authors aside. */
    private static Set<Long> votersOf(ReviewStep step) {
        Set<Long> voters = new HashSet<>(step.getElectorate());
        voters.removeAll(Reviews.authorsOf(step.getReview()));
        return voters;
    }

    private static int opinionsCounted(ReviewStep step) {
        Set<Long> voters = votersOf(step);
        return (int) step.getOpinions().stream().map(ReviewOpinion::getPerson)
                .filter(person -> voters.contains(person.getId())).count();
    }

    private Set<Long> chairsOf(ReviewStep step) {
        return memberships.membersOf(step.getBody().getCode()).stream()
                .filter(member -> member.roles().contains(BodyRole.CHAIR))
                .map(BodyMember::personId).collect(Collectors.toSet());
    }
}
