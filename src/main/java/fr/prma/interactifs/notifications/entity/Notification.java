package fr.prma.interactifs.notifications.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import fr.prma.interactifs.directory.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something a person is told in the application: a short subject, what they need to know, and a link to
 * the page concerned (which checks, as always, that they may still see it).
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.findByRecipient",
        query = "select n from Notification n where n.recipient.id = :person order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.countUnread",
        query = "select count(n) from Notification n where n.recipient.id = :person and n.readAt is null")
@NamedQuery(name = "Notification.markAllRead",
        query = "update Notification n set n.readAt = :now where n.recipient.id = :person and n.readAt is null")
public class Notification {

    public static final int SUBJECT_MAX = 300;
    public static final int DETAIL_MAX = 4000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private Person recipient;

    @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(length = 500, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(Person recipient, String subject, String detail, String link, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = shorten(Objects.requireNonNull(subject), SUBJECT_MAX);
        this.detail = detail == null ? null : shorten(detail, DETAIL_MAX);
        this.link = link;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public Long getId() {
        return id;
    }

    public Person getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
