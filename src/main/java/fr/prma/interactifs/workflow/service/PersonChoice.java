package fr.prma.interactifs.workflow.service;

/** Someone who may be chosen as a co-author. */
public record PersonChoice(long id, String displayName, String organisationName) {
}
