package fr.prma.interactifs.directory.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.prma.interactifs.directory.entity.Organisation;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySeat;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.text.SearchText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The directory ("Annuaire") of Les Interactifs: its organisations and their people, with the bodies they
 * sit in. Every signed-in person may read it: it is the cluster's own address book. Three queries whatever
 * the number of organisations (organisations, their people, those people's seats).
 * <p>
 * The filters choose organisations; each one found is shown with all its people. The name filter ignores
 * accents and case ({@link SearchText}). Only administrators
 * change an organisation's description.
 */
@Stateless
public class OrganisationDirectory {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    public List<DirectoryEntry> search(DirectoryFilter filter) {
        List<Organisation> organisations = organisations(filter);
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<Organisation, List<Person>> peopleByOrganisation = new LinkedHashMap<>();
        organisations.forEach(organisation -> peopleByOrganisation.put(organisation, new ArrayList<>()));
        List<Person> people = em.createNamedQuery("Person.findByOrganisations", Person.class)
                .setParameter("organisations", organisations).getResultList();
        people.forEach(person -> peopleByOrganisation.get(person.getOrganisation()).add(person));
        if (filter.text() != null && !filter.text().isBlank()) {
            // In Java rather than SQL: accents are ignored the same way on H2 and PostgreSQL, and the
            // people are loaded anyway.
            peopleByOrganisation.entrySet().removeIf(entry -> !SearchText.contains(entry.getKey().getName(), filter.text())
                    && entry.getValue().stream().noneMatch(p -> SearchText.contains(p.getDisplayName(), filter.text())));
        }

        Map<Long, List<BodySeat>> seats = memberships.seatsOfPeople(peopleByOrganisation.values().stream()
                .flatMap(List::stream).map(Person::getId).toList());

        List<DirectoryEntry> entries = new ArrayList<>();
        peopleByOrganisation.forEach((organisation, members) -> entries.add(new DirectoryEntry(organisation.getSlug(),
                organisation.getName(), organisation.getKind(), organisation.getLegalForm(),
                organisation.getActivities(), members.stream().map(person -> new DirectoryEntry.Member(
                        person.getDisplayName(), person.getEmail(),
                        seats.getOrDefault(person.getId(), List.of())))
                        .toList())));
        return entries;
    }

    public Optional<OrganisationDetails> findDetails(String slug) {
        return findBySlug(slug).map(o -> new OrganisationDetails(o.getSlug(), o.getKind(), o.getName(),
                o.getLegalForm(), o.getActivities(), o.getVersion()));
    }

    /**
     * An administrator corrects what the directory says of an organisation.
     *
     * @throws BusinessException {@code organisation.name.required}, {@code organisation.tooLong},
     *                           {@code organisation.changedMeanwhile} or {@code organisation.unknown}
     */
    @RolesAllowed("admin")
    public void describe(OrganisationDetails change) {
        String name = trimToNull(change.name());
        String legalForm = trimToNull(change.legalForm());
        String activities = trimToNull(change.activities());
        if (name == null) {
            throw new BusinessException("organisation.name.required");
        }
        if (name.length() > 200 || (legalForm != null && legalForm.length() > 200)
                || (activities != null && activities.length() > 500)) {
            throw new BusinessException("organisation.tooLong");
        }
        Organisation organisation = findBySlug(change.slug())
                .orElseThrow(() -> new BusinessException("organisation.unknown"));
        if (organisation.getVersion() != change.version()) {
            throw new BusinessException("organisation.changedMeanwhile");
        }
        organisation.describe(name, legalForm, activities);
    }

    private Optional<Organisation> findBySlug(String slug) {
        return em.createNamedQuery("Organisation.findBySlug", Organisation.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private List<Organisation> organisations(DirectoryFilter filter) {
        StringBuilder jpql = new StringBuilder("select o from Organisation o where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.kind() != null) {
            jpql.append(" and o.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.activity() != null) {
            jpql.append(" and lower(o.activities) like :activity");
            parameters.put("activity", "%" + filter.activity().keyword() + "%");
        }
        if (filter.body() != null) {
            jpql.append(" and exists (select m from Membership m where m.person.organisation = o"
                    + " and m.body.code = :body)");
            parameters.put("body", filter.body());
        }
        jpql.append(" order by o.kind, o.name");
        TypedQuery<Organisation> query = em.createQuery(jpql.toString(), Organisation.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
