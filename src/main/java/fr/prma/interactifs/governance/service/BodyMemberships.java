package fr.prma.interactifs.governance.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.Membership;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who sits in which body. Keycloak groups are the source of truth; this service keeps the application's
 * copy in line with them, so that meetings, quorums and reviews can be computed in the database.
 */
@Stateless
public class BodyMemberships {

    @PersistenceContext
    private EntityManager em;

    /**
     * Makes the person's memberships exactly those given (joins the caller's transaction: called while
     * recording a sign-in).
     */
    public void replaceMemberships(Person person, Map<BodyCode, Set<BodyRole>> seats) {
        em.createNamedQuery("Membership.deleteByPerson").setParameter("person", person).executeUpdate();
        for (Body body : em.createNamedQuery("Body.findAll", Body.class).getResultList()) {
            for (BodyRole role : seats.getOrDefault(body.getCode(), Set.of())) {
                em.persist(new Membership(person, body, role));
            }
        }
    }

    /** The bodies the person sits in, in the bodies' display order. */
    public List<BodySeat> seatsOf(long personId) {
        Person person = em.getReference(Person.class, personId);
        Map<Body, Set<BodyRole>> roles = new LinkedHashMap<>();
        for (Membership membership : em.createNamedQuery("Membership.findByPerson", Membership.class)
                .setParameter("person", person).getResultList()) {
            roles.computeIfAbsent(membership.getBody(), b -> EnumSet.noneOf(BodyRole.class)).add(membership.getRole());
        }
        List<BodySeat> seats = new ArrayList<>();
        roles.forEach((body, bodyRoles) -> seats.add(new BodySeat(body.getCode(), body.getName(), bodyRoles)));
        return seats;
    }
}
