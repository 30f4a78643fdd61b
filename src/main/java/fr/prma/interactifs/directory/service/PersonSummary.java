package fr.prma.interactifs.directory.service;

import fr.prma.interactifs.directory.entity.OrganisationKind;

/**
 * What screens show of a person: a read-only copy, safe to keep beyond the transaction.
 *
 * @param organisationName {@code null} when Keycloak puts the person in no known organisation
 */
public record PersonSummary(long id, String username, String displayName, String email, String organisationName,
                            OrganisationKind organisationKind) {
}
