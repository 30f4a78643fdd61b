package fr.prma.interactifs.governance.web;

import java.io.IOException;

import fr.prma.interactifs.governance.entity.AgendaItemText;
import fr.prma.interactifs.governance.service.MinutesToApprove;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/ordre-du-jour.xhtml?reunion=<id>}: the secretary adds, moves and removes the items
 * of a meeting's agenda until the meeting is held. Others get 404; the services check again.
 */
@Named
@ViewScoped
public class AgendaBacking extends MeetingPage {

    private static final long serialVersionUID = 1L;

    private MinutesToApprove minutesToApprove;
    private String title;
    private String presenter;
    private Integer durationMinutes;
    private String description;

    /** View action (first request only). */
    public void load() throws IOException {
        if (loadMeeting(true)) {
            minutesToApprove = meetings.minutesToApprove(currentUser.actor(), meetingId).orElse(null);
        }
    }

    /** "Ajouter l’approbation du compte rendu du …": the standard item, in one click. */
    public void addApproval() {
        try {
            meetings.addMinutesApproval(currentUser.actor(), meetingId);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        }
        reload();
        minutesToApprove = meetings.minutesToApprove(currentUser.actor(), meetingId).orElse(null);
    }

    public MinutesToApprove getMinutesToApprove() {
        return minutesToApprove;
    }

    /** "Ajouter ce point": the form empties for the next one; on a refusal it keeps what was typed. */
    public void add() {
        try {
            meetings.addAgendaItem(currentUser.actor(), meetingId,
                    new AgendaItemText(title, presenter, durationMinutes, description));
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return;
        }
        title = null;
        presenter = null;
        durationMinutes = null;
        description = null;
        reload();
    }

    public void moveUp(long itemId) {
        move(itemId, -1);
    }

    public void moveDown(long itemId) {
        move(itemId, +1);
    }

    /** "Retirer" (after the browser's confirmation). */
    public void remove(long itemId) {
        try {
            meetings.removeAgendaItem(currentUser.actor(), meetingId, itemId);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        }
        reload();
    }

    private void move(long itemId, int offset) {
        try {
            meetings.moveAgendaItem(currentUser.actor(), meetingId, itemId, offset);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        }
        reload();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
