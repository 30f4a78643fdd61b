package fr.prma.interactifs.governance.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.governance.entity.Meeting;
import fr.prma.interactifs.governance.entity.MeetingStatus;
import fr.prma.interactifs.notifications.service.Notifications;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * After the convocation, changes to a meeting's agenda reach its members once, grouped: "Ordre du jour modifié",
 * with the agenda as it then is, in the intranet and by e-mail.
 * <p>
 * Why a sweep rather than a button or a notice per change: a secretary reorders, edits and adds several items in
 * a row; a notice per change would send the members five e-mails in two minutes, and a button to press afterwards
 * is easily forgotten, which would leave the members with an agenda out of date. So each change is only noted on
 * the meeting ({@link Meeting#noteAgendaChange}), and once the agenda has stayed unchanged for {@link #QUIET},
 * this sweep (every minute) tells the members in one notice. Whoever made all the changes is not told of them;
 * when several people did, everyone is, each seeing the others' changes.
 * <p>
 * A meeting is claimed by a conditional update before its notice is written, in the same transaction, so that
 * two sweeps (two servers, or a test and the timer) never send it twice, and a change made meanwhile waits for
 * the next round. The claim leaves the meeting's version alone: a secretary's open form stays valid.
 */
@Stateless
public class AgendaChangeNotices {

    /** How long the agenda stays unchanged before the members are told. */
    public static final Duration QUIET = Duration.ofMinutes(5);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private Notifications notifications;

    private final MeetingNotices notices = new MeetingNotices();

    @Schedule(minute = "*", hour = "*", persistent = false, info = "agenda change notices")
    void everyMinute() {
        sendDue(Instant.now());
    }

    /**
     * Tells the members of each convened meeting whose agenda changed at least {@link #QUIET} before {@code now}
     * and has not changed since.
     *
     * @return how many meetings were announced
     */
    public int sendDue(Instant now) {
        OffsetDateTime before = now.minus(QUIET).atOffset(ZoneOffset.UTC);
        List<Meeting> due = em.createNamedQuery("Meeting.findWithAgendaChangedBefore", Meeting.class)
                .setParameter("before", before).getResultList();
        int sent = 0;
        for (Meeting meeting : due) {
            Long changedBy = meeting.getAgendaChangedBy();
            int claimed = em.createQuery("update Meeting m set m.agendaChangedAt = null, m.agendaChangedBy = null"
                    + " where m.id = :id and m.agendaChangedAt <= :before").setParameter("id", meeting.getId())
                    .setParameter("before", before).executeUpdate();
            if (claimed == 0 || meeting.getStatus() != MeetingStatus.CONVENED || meeting.isOver(now)) {
                continue;
            }
            Set<Long> members = memberships.membersOf(meeting.getBody().getCode()).stream()
                    .map(BodyMember::personId).filter(id -> !id.equals(changedBy)).collect(Collectors.toSet());
            notifications.send(members, notices.agendaChanged(meeting));
            sent++;
        }
        return sent;
    }
}
