package fr.prma.interactifs.audit.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something that someone did, as the audit trail keeps it: who (their id and their name at the time), when,
 * what and to which object. Events are only ever added; nothing updates or deletes them.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.findBySubject",
        query = "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
                + " order by e.occurredAt, e.id")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(length = 4000, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, Long actorId, String actorName, String action, String subjectType,
                      long subjectId, String detail) {
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
