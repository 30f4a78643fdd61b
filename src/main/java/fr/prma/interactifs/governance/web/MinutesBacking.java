package fr.prma.interactifs.governance.web;

import java.io.IOException;

import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.MinutesOverview;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/compte-rendu.xhtml?reunion=<id>}: the minutes of a meeting as the reader may see
 * them (the current published revision, the earlier ones, the draft for the secretariat), and the secretary's
 * ways to open, continue or correct them. A meeting the reader may not see is a 404.
 */
@Named
@ViewScoped
public class MinutesBacking extends MeetingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingMinutes minutes;

    private MinutesOverview overview;
    private String correctionReason;
    private String comment;

    /** View action (first request only). */
    public void load() throws IOException {
        if (loadMeeting(false)) {
            overview = minutes.overview(currentUser.actor(), meetingId);
        }
    }

    /** "Rédiger le compte rendu" / "Continuer le brouillon". */
    public String write() {
        try {
            minutes.open(currentUser.actor(), meetingId);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        return MinutesEditBacking.outcome(meetingId);
    }

    /** "Corriger le compte rendu": a new revision, with its reason. */
    public String correct() {
        try {
            minutes.correct(currentUser.actor(), overview.current().id(), correctionReason);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        return MinutesEditBacking.outcome(meetingId);
    }

    /** "Envoyer ma remarque" on a draft circulated to the attendees. */
    public String sendComment() {
        try {
            minutes.comment(currentUser.actor(), overview.draft().id(), comment);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done("minutes.comment.sent");
        return "/instances/compte-rendu?faces-redirect=true&reunion=" + meetingId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public MinutesOverview getOverview() {
        return overview;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
