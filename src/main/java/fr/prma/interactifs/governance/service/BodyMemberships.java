package fr.prma.interactifs.governance.service;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.Membership;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who sits in which body. Keycloak groups are the source of truth; this service keeps the application's
 * copy in line with them, so that meetings, quorums and reviews can be computed in the database.
 */
@Stateless
public class BodyMemberships {

    private static final Comparator<Body> BY_DISPLAY_ORDER = Comparator.comparingInt(Body::getDisplayOrder);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /**
     * Makes the person's memberships exactly those given (joins the caller's transaction: called while
     * recording a sign-in).
     */
    public void replaceMemberships(Person person, Map<BodyCode, Set<BodyRole>> seats) {
        replaceMemberships(Map.of(person, seats));
    }

    /**
     * The same for many people at once (a synchronisation with Keycloak): one query to forget their seats,
     * one to read the bodies, then the new seats, whatever the number of people.
     */
    public void replaceMemberships(Map<Person, Map<BodyCode, Set<BodyRole>>> seatsByPerson) {
        if (seatsByPerson.isEmpty()) {
            return;
        }
        em.createNamedQuery("Membership.deleteByPeople").setParameter("people", seatsByPerson.keySet()).executeUpdate();
        List<Body> bodies = em.createNamedQuery("Body.findAll", Body.class).getResultList();
        seatsByPerson.forEach((person, seats) -> {
            for (Body body : bodies) {
                for (BodyRole role : seats.getOrDefault(body.getCode(), Set.of())) {
                    em.persist(new Membership(person, body, role));
                }
            }
        });
    }

    public Optional<BodySummary> findBody(BodyCode code) {
        return em.createNamedQuery("Body.findByCode", Body.class).setParameter("code", code).getResultStream()
                .findFirst()
                .map(body -> new BodySummary(body.getCode(), body.getName(), body.getPurpose(),
                        body.getQuorumPercent(), body.getMaxProxies()));
    }

    /**
     * An administrator sets the body's quorum: the share of its members (in percent) that must be present or
     * represented. Meetings already held keep being computed with the new value (the quorum is not frozen).
     */
    public void changeQuorum(Actor actor, BodyCode code, Integer percent) {
        Body body = administered(actor, code, "body.quorum.forbidden");
        int before = body.getQuorumPercent();
        body.changeQuorum(percent);
        audit.record(actor, "body.quorum", "body", body.getId(), before + " % → " + percent + " %");
    }

    /**
     * An administrator sets how many proxies of a meeting one member of the body may hold. Proxies given before
     * are kept: the cap applies to the proxies given from now on.
     */
    public void changeMaxProxies(Actor actor, BodyCode code, Integer cap) {
        Body body = administered(actor, code, "body.maxProxies.forbidden");
        int before = body.getMaxProxies();
        body.changeMaxProxies(cap);
        audit.record(actor, "body.maxProxies", "body", body.getId(), before + " → " + cap);
    }

    /** The body, for a setting that only administrators change; refused with this message to anyone else. */
    private Body administered(Actor actor, BodyCode code, String forbidden) {
        if (!actor.administrator()) {
            throw new BusinessException(forbidden);
        }
        return em.createNamedQuery("Body.findByCode", Body.class).setParameter("code", code).getSingleResult();
    }

    /**
     * Everyone who sits in the body: chair first, then secretaries, then members, each group in the order of
     * a French directory (last name, then first name). One query, whatever the number of members.
     */
    public List<BodyMember> membersOf(BodyCode code) {
        Map<Person, BodyMember> members = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery("Membership.findMembersOfBody", Object[].class)
                .setParameter("code", code).getResultList()) {
            Person person = (Person) row[0];
            BodyRole role = (BodyRole) row[1];
            String organisation = (String) row[2];
            members.merge(person,
                    new BodyMember(person.getId(), person.getDisplayName(), organisation, Set.of(role)),
                    (known, more) -> new BodyMember(known.personId(), known.displayName(), known.organisationName(),
                            union(known.roles(), more.roles())));
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        Comparator<Person> byName = Comparator.comparing((Person p) -> nullToEmpty(p.getLastName()), french)
                .thenComparing(p -> nullToEmpty(p.getFirstName()), french)
                .thenComparing(Person::getUsername);
        return members.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Person, BodyMember>>comparingInt(entry -> entry.getValue().rank())
                        .thenComparing(Map.Entry::getKey, byName))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Set<BodyRole> union(Set<BodyRole> a, Set<BodyRole> b) {
        Set<BodyRole> all = EnumSet.noneOf(BodyRole.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** The person's roles in one body; empty when they do not sit in it. */
    public Set<BodyRole> rolesIn(long personId, BodyCode code) {
        return seatsOf(personId).stream().filter(seat -> seat.code() == code).findFirst().map(BodySeat::roles)
                .orElse(Set.of());
    }

    /** The ids of the bodies the person sits in, whatever their role there. */
    public Set<Long> bodyIdsOf(long personId) {
        return Set.copyOf(em.createNamedQuery("Membership.findBodyIdsOfPerson", Long.class)
                .setParameter("person", personId).getResultList());
    }

    /** The bodies the person sits in, in the bodies' display order. */
    public List<BodySeat> seatsOf(long personId) {
        return seatsOfPeople(List.of(personId)).getOrDefault(personId, List.of());
    }

    /**
     * The bodies each of these people sits in, in the bodies' display order; one query for them all.
     *
     * @return by person id; people who sit nowhere are absent
     */
    public Map<Long, List<BodySeat>> seatsOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Body, Set<BodyRole>>> roles = new LinkedHashMap<>();
        for (Membership membership : em.createNamedQuery("Membership.findByPeople", Membership.class)
                .setParameter("people", personIds).getResultList()) {
            roles.computeIfAbsent(membership.getPerson().getId(), id -> new TreeMap<>(BY_DISPLAY_ORDER))
                    .computeIfAbsent(membership.getBody(), b -> EnumSet.noneOf(BodyRole.class))
                    .add(membership.getRole());
        }
        Map<Long, List<BodySeat>> seats = new LinkedHashMap<>();
        roles.forEach((personId, bodies) -> seats.put(personId, bodies.entrySet().stream()
                .map(seat -> new BodySeat(seat.getKey().getCode(), seat.getKey().getName(), seat.getValue()))
                .toList()));
        return seats;
    }
}
