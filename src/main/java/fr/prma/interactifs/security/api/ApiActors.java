package fr.prma.interactifs.security.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.directory.service.PersonSummary;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.security.AppRole;
import fr.prma.interactifs.security.IdentityMapping;
import fr.prma.interactifs.security.SignedInIdentity;
import fr.prma.interactifs.security.TokenClaims;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link Actor} of an API caller: the person their token names, recorded in the directory as a sign-in
 * records them (organisation, bodies, roles from the token's claims), at most once a minute per caller.
 */
@ApplicationScoped
public class ApiActors {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    @EJB
    PeopleDirectory people;

    private final Map<String, Remembered> known = new ConcurrentHashMap<>();

    private record Remembered(Actor actor, Instant until) {
    }

    public Actor actorOf(ApiCaller caller) {
        Remembered remembered = known.get(caller.subject());
        if (remembered != null && remembered.until().isAfter(Instant.now())) {
            return remembered.actor();
        }
        SignedInIdentity identity = IdentityMapping.map(new TokenClaims(caller.subject(), caller.username(), null, null,
                null, caller.roles().stream().toList(), caller.groups()));
        PersonSummary person = people.recordSignIn(identity);
        Actor actor = new Actor(person.id(), identity.hasRole(AppRole.ADMIN), identity.hasRole(AppRole.IMPORTER));
        known.put(caller.subject(), new Remembered(actor, Instant.now().plus(REMEMBERED)));
        return actor;
    }
}
