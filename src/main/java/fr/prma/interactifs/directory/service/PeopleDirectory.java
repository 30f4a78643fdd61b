package fr.prma.interactifs.directory.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.prma.interactifs.directory.entity.Organisation;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
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

    /**
     * Makes the directory agree with Keycloak's accounts, including people who have never signed in, so that a
     * body's members are known in full. People who are no longer among the accounts lose their seats; their
     * record stays, so nothing they wrote loses its author.
     *
     * @param accounts every account of Les Interactifs, as read from Keycloak's directory
     * @return how many people were added, and how many lost all their seats
     *         (a handful of queries whatever the number of people)
     */
    public SynchronisationReport synchroniseWithKeycloak(List<SignedInIdentity> accounts) {
        Map<String, Person> known = new HashMap<>();
        em.createNamedQuery("Person.findAll", Person.class).getResultList()
                .forEach(person -> known.put(person.getSubject(), person));
        Map<String, Organisation> organisationsByGroup = new HashMap<>();
        em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList()
                .forEach(organisation -> organisationsByGroup.put(organisation.getKeycloakGroup(), organisation));
        Map<Person, Map<BodyCode, Set<BodyRole>>> seats = new LinkedHashMap<>();
        int added = 0;
        for (SignedInIdentity account : accounts) {
            Person person = known.remove(account.subject());
            if (person == null) {
                person = new Person(account.subject());
                added++;
            }
            person.refreshFromDirectory(account.username(), account.firstName(), account.lastName(), account.email(),
                    account.organisationGroup().map(organisationsByGroup::get).orElse(null));
            if (person.getId() == null) {
                em.persist(person);
            }
            seats.put(person, account.seats());
        }
        known.values().forEach(gone -> seats.put(gone, Map.of()));
        em.flush();
        memberships.replaceMemberships(seats);
        return new SynchronisationReport(accounts.size(), added, known.size());
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
