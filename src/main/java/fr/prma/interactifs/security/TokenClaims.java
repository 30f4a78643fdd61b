package fr.prma.interactifs.security;

import java.util.List;

/**
 * The claims of an ID token that the application reads, as the identity provider sent them
 * (any of them may be missing: {@code null} or an empty list).
 *
 * @param subject    {@code sub}: Keycloak's stable user id
 * @param username   {@code preferred_username}
 * @param givenName  {@code given_name}
 * @param familyName {@code family_name}
 * @param email      {@code email}
 * @param roles      {@code roles}: realm roles, flat
 * @param groups     {@code groups}: full paths of the person's Keycloak groups
 */
public record TokenClaims(String subject, String username, String givenName, String familyName, String email,
                          List<String> roles, List<String> groups) {

    public TokenClaims {
        roles = roles == null ? List.of() : List.copyOf(roles);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
