package fr.prma.interactifs.notifications.web;

import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell of the header: how many notifications the signed-in person has not read, counted once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @EJB
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isKnown() ? notifications.unreadCount(currentUser.getPersonId()) : 0;
        }
        return unread;
    }
}
