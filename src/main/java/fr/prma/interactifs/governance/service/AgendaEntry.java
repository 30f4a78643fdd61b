package fr.prma.interactifs.governance.service;

/** An agenda item as pages show it. */
public record AgendaEntry(long id, String title, String presenter, Integer durationMinutes, String description) {
}
