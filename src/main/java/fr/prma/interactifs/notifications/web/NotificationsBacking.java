package fr.prma.interactifs.notifications.web;

import java.io.IOException;
import java.util.List;

import org.omnifaces.util.Faces;

import fr.prma.interactifs.notifications.service.NotificationView;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /notifications/index.xhtml}: the signed-in person's latest notifications, newest first.
 * Opening one marks it read and goes to its page (which checks, as always, that they may see it).
 */
@Named
@RequestScoped
public class NotificationsBacking {

    @EJB
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private List<NotificationView> latest;

    @PostConstruct
    void load() {
        latest = notifications.latest(currentUser.getPersonId());
    }

    /** "Ouvrir": marks the notification read, then goes to the page it is about. */
    public void open(long notificationId) throws IOException {
        String path = notifications.markRead(currentUser.getPersonId(), notificationId);
        // Paths are written by the application itself; still, only ever redirect within it.
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//");
        Faces.redirect(Faces.getRequestContextPath() + (local ? path : "/notifications/index.xhtml"));
    }

    /** "Tout marquer comme lu". */
    public String markAllRead() {
        notifications.markAllRead(currentUser.getPersonId());
        Feedback.done("notifications.allRead");
        return "/notifications/index?faces-redirect=true";
    }

    public List<NotificationView> getLatest() {
        return latest;
    }
}
