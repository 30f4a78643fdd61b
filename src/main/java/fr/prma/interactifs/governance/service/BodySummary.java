package fr.prma.interactifs.governance.service;

import fr.prma.interactifs.governance.entity.BodyCode;

/** What a body's page says of the body itself. */
public record BodySummary(BodyCode code, String name, String purpose) {
}
