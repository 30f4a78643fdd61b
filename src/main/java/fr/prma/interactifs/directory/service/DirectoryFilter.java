package fr.prma.interactifs.directory.service;

import fr.prma.interactifs.directory.entity.Activity;
import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * What the directory is filtered on; every part is optional ({@code null} or blank: no filter).
 *
 * @param text     part of an organisation's name or of one of its people's names
 * @param kind     member structure, partner or coordination
 * @param activity an activity the organisation declares
 * @param body     a body in which at least one of the organisation's people sits
 */
public record DirectoryFilter(String text, OrganisationKind kind, Activity activity, BodyCode body) {
}
