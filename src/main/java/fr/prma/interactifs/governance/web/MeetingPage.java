package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.io.Serializable;

import org.omnifaces.util.Faces;

import fr.prma.interactifs.governance.service.MeetingDetails;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

/**
 * What the pages of one meeting ({@code ?reunion=<id>}) share: the meeting as the reader may see it, loaded by
 * the view action, and a 404 when it does not exist or the reader may not see it (or, for the secretary's pages,
 * may not change it).
 */
abstract class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected Meetings meetings;

    @Inject
    protected CurrentUser currentUser;

    protected Long meetingId;
    protected MeetingDetails meeting;

    /**
     * Loads the meeting of the view parameter.
     *
     * @param toChange whether the page is for those who change the meeting
     * @return whether the page can be shown; otherwise the 404 is sent
     */
    protected boolean loadMeeting(boolean toChange) throws IOException {
        try {
            meeting = meetingId == null ? null : meetings.find(currentUser.actor(), meetingId);
        } catch (NotFoundException unknown) {
            meeting = null;
        }
        if (meeting == null || toChange && !meeting.canChange()) {
            Feedback.notFound();
            return false;
        }
        return true;
    }

    /** Reads the meeting again after a change made on the page. */
    protected void reload() {
        meeting = meetings.find(currentUser.actor(), meetingId);
    }

    /** "Durée des points : 1 h 45 sur un créneau de 2 h" */
    public String getDurationSentence() {
        return AgendaDurationSentence.of(Faces.getResourceBundle("msg"), meeting.agendaMinutes(),
                meeting.slotMinutes());
    }

    /** The warning when the items' durations exceed the slot; shown only then. */
    public String getOverrunSentence() {
        return AgendaDurationSentence.overrun(Faces.getResourceBundle("msg"), meeting.agendaMinutes(),
                meeting.slotMinutes());
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }
}
