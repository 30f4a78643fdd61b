package fr.prma.interactifs.testing;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.security.AppRole;
import fr.prma.interactifs.security.SignedInIdentity;

/**
 * People of the integration tests: each is new (a random Keycloak subject), named "first name Essai", working
 * at Le Camji, so that a test never depends on who earlier tests or runs left in the database.
 */
public final class TestPeople {

    private TestPeople() {
    }

    /** Signs a new person in, sitting in the given body (or nowhere) as a member and with the given roles. */
    public static Actor signIn(PeopleDirectory people, String firstName, BodyCode body, BodyRole... roles) {
        return signIn(people, "/structures/le-camji", firstName, body, roles);
    }

    /**
     * Signs a new person in, of the organisation of this Keycloak group (for example
     * {@code /partenaires/drac}), sitting in the given body (or nowhere) as a member and with the given roles.
     */
    public static Actor signIn(PeopleDirectory people, String organisationGroup, String firstName, BodyCode body,
            BodyRole... roles) {
        Set<BodyRole> seat = EnumSet.of(BodyRole.MEMBER);
        seat.addAll(List.of(roles));
        long id = people.recordSignIn(new SignedInIdentity(UUID.randomUUID().toString(),
                firstName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8), firstName, "Essai",
                firstName.toLowerCase() + "@demo.les-interactifs.example", EnumSet.of(AppRole.MEMBER),
                Optional.of(organisationGroup), body == null ? Map.of() : Map.of(body, seat))).id();
        return new Actor(id, false);
    }
}
