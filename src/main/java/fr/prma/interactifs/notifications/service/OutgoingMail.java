package fr.prma.interactifs.notifications.service;

import java.util.List;

/** E-mails to send once the transaction that decided them has committed: one notice, its addresses. */
public record OutgoingMail(Notice notice, List<String> addresses) {
}
