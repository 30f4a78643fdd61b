package fr.prma.interactifs.directory.service;

/**
 * What a synchronisation with Keycloak's directory did.
 *
 * @param accounts how many accounts Keycloak has for Les Interactifs
 * @param added    people the application did not know yet
 * @param retired  people no longer among the accounts, who lost their seats
 */
public record SynchronisationReport(int accounts, int added, int retired) {
}
