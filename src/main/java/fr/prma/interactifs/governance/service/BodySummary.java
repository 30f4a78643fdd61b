package fr.prma.interactifs.governance.service;

import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * What a body's page says of the body itself.
 *
 * @param quorumPercent share of the members that must be present or represented for its decisions
 * @param maxProxies    how many proxies of a meeting one member may hold
 */
public record BodySummary(BodyCode code, String name, String purpose, int quorumPercent, int maxProxies) {
}
