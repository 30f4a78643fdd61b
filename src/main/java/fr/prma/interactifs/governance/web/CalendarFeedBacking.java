package fr.prma.interactifs.governance.web;

import java.io.Serializable;
import java.time.OffsetDateTime;

import fr.prma.interactifs.governance.service.MeetingCalendar;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

/**
 * Backs {@code /calendrier/index.xhtml} ("Mon calendrier"), where people make, renew or revoke their private
 * calendar address. A new address is kept in this view only, to be shown once: reloading the page forgets it,
 * and the service keeps nothing but its hash.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingCalendar calendar;

    @Inject
    private CurrentUser currentUser;

    private OffsetDateTime createdAt;
    private String newAddress;

    @PostConstruct
    void load() {
        createdAt = calendar.feedCreatedAt(currentUser.actor()).orElse(null);
    }

    /** "Créer mon adresse" or "Renouveler l’adresse" (after the browser's confirmation). */
    public void create() {
        boolean renewing = createdAt != null;
        newAddress = calendar.feedAddress(calendar.createFeed(currentUser.actor()));
        load();
        Messages.addGlobalInfo(Feedback.text(renewing ? "calendar.renewed" : "calendar.created"));
    }

    /** "Révoquer" (after the browser's confirmation). */
    public void revoke() {
        calendar.revokeFeed(currentUser.actor());
        newAddress = null;
        createdAt = null;
        Messages.addGlobalInfo(Feedback.text("calendar.revoked"));
    }

    public boolean isActive() {
        return createdAt != null;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** The address just made, or {@code null}: it is never shown again. */
    public String getNewAddress() {
        return newAddress;
    }
}
