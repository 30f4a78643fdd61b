package fr.prma.interactifs.audit.service;

import java.time.Instant;
import java.util.List;

import fr.prma.interactifs.audit.entity.AuditEvent;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The append-only audit trail: every change to a meeting (and later to minutes, documents and papers) is
 * recorded in the same transaction as the change itself, so that neither exists without the other.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    /**
     * Records what the actor did (joins the caller's transaction).
     *
     * @param action      what was done, a stable code such as {@code meeting.scheduled}
     * @param subjectType the kind of object, such as {@code meeting}
     * @param detail      what people need to know afterwards (old and new values…), or {@code null}
     */
    public void record(Actor actor, String action, String subjectType, long subjectId, String detail) {
        Person person = em.find(Person.class, actor.personId());
        String name = person == null ? "#" + actor.personId() : person.getDisplayName();
        em.persist(new AuditEvent(Instant.now(), person == null ? null : person.getId(), name, action, subjectType,
                subjectId, detail));
    }

    /** The history of one object, oldest first. Callers check that the reader may see the object. */
    public List<AuditEntry> historyOf(String subjectType, long subjectId) {
        return em.createNamedQuery("AuditEvent.findBySubject", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultStream()
                .map(event -> new AuditEntry(event.getOccurredAt(), event.getActorName(), event.getAction(),
                        event.getDetail()))
                .toList();
    }
}
