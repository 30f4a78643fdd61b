package fr.prma.interactifs.audit.service;

import java.time.OffsetDateTime;

/** One line of an object's history: who did what, when, with the details recorded then. */
public record AuditEntry(OffsetDateTime occurredAt, String actorName, String action, String detail) {
}
