package fr.prma.interactifs.notifications.service;

/**
 * What to tell people: a subject (the e-mail's subject, the notification's title), a text, and the path of
 * the page concerned within the application (such as {@code /instances/reunion.xhtml?reunion=1050}).
 */
public record Notice(String subject, String detail, String path) {
}
