package fr.prma.interactifs.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;

/**
 * Who signed in, in the application's terms: what {@link IdentityMapping} made of the token's claims.
 *
 * @param organisationGroup full path of the Keycloak group of the person's organisation, if the token has one
 * @param seats             the bodies the person sits in, each with their roles there (always including MEMBER)
 */
public record SignedInIdentity(String subject, String username, String firstName, String lastName, String email,
                               Set<AppRole> roles, Optional<String> organisationGroup,
                               Map<BodyCode, Set<BodyRole>> seats) {

    public SignedInIdentity {
        roles = Set.copyOf(roles);
        seats = Map.copyOf(seats);
    }

    public boolean hasRole(AppRole role) {
        return roles.contains(role);
    }
}
