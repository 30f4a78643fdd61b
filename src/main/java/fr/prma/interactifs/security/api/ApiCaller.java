package fr.prma.interactifs.security.api;

import java.util.List;
import java.util.Set;

/**
 * Who calls the REST API, as their access token says: Keycloak's subject, username, realm roles, groups (full
 * paths) and the client the token was issued to.
 */
public record ApiCaller(String subject, String username, Set<String> roles, List<String> groups, String clientId) {

    public ApiCaller {
        roles = Set.copyOf(roles);
        groups = List.copyOf(groups);
    }
}
