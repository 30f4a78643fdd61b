package fr.prma.interactifs.directory.service;

import java.time.Clock;
import java.util.Optional;

import fr.prma.interactifs.directory.entity.Organisation;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.security.SignedInIdentity;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The people of Les Interactifs, as the application knows them.
 */
@Stateless
public class PeopleDirectory {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    /**
     * Someone has just signed in: creates or refreshes their record (name, e-mail, organisation) and their
     * seats in the bodies from what Keycloak says, in one transaction, so that the rest of the
     * application sees them as Keycloak does now.
     *
     * @return the person as now recorded
     */
    public PersonSummary recordSignIn(SignedInIdentity identity) {
        Optional<Person> known = em.createNamedQuery("Person.findBySubject", Person.class)
                .setParameter("subject", identity.subject())
                .getResultStream().findFirst();
        Person person = known.orElseGet(() -> new Person(identity.subject()));
        Organisation organisation = identity.organisationGroup().flatMap(this::organisationOfGroup).orElse(null);
        person.refreshFromSignIn(identity.username(), identity.firstName(), identity.lastName(), identity.email(),
                organisation, clock.instant());
        if (known.isEmpty()) {
            em.persist(person);
        }
        em.flush();
        memberships.replaceMemberships(person, identity.seats());
        return summarise(person);
    }

    public Optional<PersonSummary> findSummary(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId)).map(PeopleDirectory::summarise);
    }

    private Optional<Organisation> organisationOfGroup(String group) {
        return em.createNamedQuery("Organisation.findByKeycloakGroup", Organisation.class)
                .setParameter("group", group)
                .getResultStream().findFirst();
    }

    private static PersonSummary summarise(Person person) {
        Organisation organisation = person.getOrganisation();
        return new PersonSummary(person.getId(), person.getUsername(), person.getDisplayName(), person.getEmail(),
                organisation == null ? null : organisation.getName(),
                organisation == null ? null : organisation.getKind());
    }
}
