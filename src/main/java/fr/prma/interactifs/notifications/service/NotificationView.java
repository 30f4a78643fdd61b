package fr.prma.interactifs.notifications.service;

import java.time.OffsetDateTime;

/** A notification as its recipient reads it in the list. */
public record NotificationView(long id, String subject, String detail, String path, OffsetDateTime createdAt,
                               boolean read) {
}
