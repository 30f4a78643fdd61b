package fr.prma.interactifs.notifications.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.notifications.entity.Notification;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * In-app notifications (the bell), and the e-mail that goes with them when an SMTP server is configured.
 * Features call {@link #send} inside their own transaction: the notifications are written with the change
 * they announce, and the e-mails leave only once it has committed ({@link MailDelivery}).
 */
@Stateless
public class Notifications {

    /** How many notifications the list shows: the older ones stay in the database. */
    public static final int LIST_SIZE = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<OutgoingMail> outgoingMail;

    /**
     * Tells these people what the actor has just done (joins the caller's transaction), the actor aside: nobody
     * is notified of their own action (a secretary of her own convocation, a member of the proxy they gave).
     */
    public void send(Actor actor, Collection<Long> recipientIds, Notice notice) {
        Objects.requireNonNull(actor, "actor");
        send(recipientIds.stream().filter(id -> id != actor.personId()).toList(), notice);
    }

    /** Tells these people of what happened without anyone doing it, such as a deadline (joins the transaction). */
    public void send(Collection<Long> recipientIds, Notice notice) {
        if (recipientIds.isEmpty()) {
            return;
        }
        List<Person> recipients = em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", recipientIds).getResultList();
        Instant now = Instant.now();
        for (Person recipient : recipients) {
            em.persist(new Notification(recipient, notice.subject(), notice.detail(), notice.path(), now));
        }
        List<String> addresses = recipients.stream().map(Person::getEmail)
                .filter(email -> email != null && !email.isBlank()).toList();
        if (!addresses.isEmpty()) {
            outgoingMail.fire(new OutgoingMail(notice, addresses));
        }
    }

    public long unreadCount(long personId) {
        return em.createNamedQuery("Notification.countUnread", Long.class).setParameter("person", personId)
                .getSingleResult();
    }

    /** The person's latest notifications, newest first. */
    public List<NotificationView> latest(long personId) {
        return em.createNamedQuery("Notification.findByRecipient", Notification.class)
                .setParameter("person", personId).setMaxResults(LIST_SIZE).getResultStream()
                .map(n -> new NotificationView(n.getId(), n.getSubject(), n.getDetail(), n.getLink(), n.getCreatedAt(),
                        n.getReadAt() != null))
                .toList();
    }

    /**
     * Marks one of the person's notifications read. Someone else's, or an unknown id, changes nothing.
     *
     * @return the page it points to, if any
     */
    public String markRead(long personId, long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || !notification.getRecipient().getId().equals(personId)) {
            return null;
        }
        notification.markRead(Instant.now());
        return notification.getLink();
    }

    public void markAllRead(long personId) {
        em.createNamedQuery("Notification.markAllRead").setParameter("person", personId)
                .setParameter("now", Instant.now().atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
