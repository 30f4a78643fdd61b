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
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link Actor} of an API caller: the person their token names, recorded in the directory as a sign-in
 * records them (organisation, bodies, roles from the token's claims), at most once a minute per caller.
 * <p>
 * An import script sends its requests several at a time, with one token: the first ones (and the first ones
 * after each minute) would all record the same person at once, and all but one transaction would fail
 * (duplicate person, concurrent update of their seats), failing their requests. So one request per caller
 * records while the caller's other requests wait for it and take its result; a recording that still meets a
 * concurrent write (the directory synchronisation, a browser sign-in) is simply done again, as the sign-in
 * filter does: recording is idempotent.
 */
@ApplicationScoped
public class ApiActors {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int ATTEMPTS = 3;

    @EJB
    PeopleDirectory people;

    private final Map<String, Remembered> known = new ConcurrentHashMap<>();
    /** One lock per caller, so that one caller's recording never holds up another caller. */
    private final Map<String, Object> recording = new ConcurrentHashMap<>();

    private record Remembered(Actor actor, Instant until) {
    }

    public Actor actorOf(ApiCaller caller) {
        Actor actor = remembered(caller);
        if (actor != null) {
            return actor;
        }
        synchronized (recording.computeIfAbsent(caller.subject(), subject -> new Object())) {
            actor = remembered(caller);
            if (actor != null) {
                return actor;
            }
            SignedInIdentity identity = IdentityMapping.map(new TokenClaims(caller.subject(), caller.username(), null,
                    null, null, caller.roles().stream().toList(), caller.groups()));
            PersonSummary person = recordWithRetry(identity);
            actor = new Actor(person.id(), identity.hasRole(AppRole.ADMIN), identity.hasRole(AppRole.IMPORTER));
            known.put(caller.subject(), new Remembered(actor, Instant.now().plus(REMEMBERED)));
            return actor;
        }
    }

    private Actor remembered(ApiCaller caller) {
        Remembered remembered = known.get(caller.subject());
        return remembered != null && remembered.until().isAfter(Instant.now()) ? remembered.actor() : null;
    }

    private PersonSummary recordWithRetry(SignedInIdentity identity) {
        for (int attempt = 1; ; attempt++) {
            try {
                return people.recordSignIn(identity);
            } catch (EJBException concurrentWrite) {
                if (attempt == ATTEMPTS) {
                    throw concurrentWrite;
                }
            }
        }
    }
}
