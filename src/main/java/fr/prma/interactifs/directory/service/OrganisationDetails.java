package fr.prma.interactifs.directory.service;

import fr.prma.interactifs.directory.entity.OrganisationKind;

/**
 * An organisation's editable description, with the version it was read at (so that a change made meanwhile
 * by someone else is not overwritten).
 */
public record OrganisationDetails(String slug, OrganisationKind kind, String name, String legalForm,
                                  String activities, int version) {
}
