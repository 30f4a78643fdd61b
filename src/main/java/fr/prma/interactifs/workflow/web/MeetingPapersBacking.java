package fr.prma.interactifs.workflow.web;

import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.service.MeetingPapers;
import fr.prma.interactifs.workflow.service.PositionPapers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The position papers' part of a meeting's page ({@code /WEB-INF/includes/meeting-papers.xhtml}): what the body
 * reviews now and what was decided in this meeting.
 */
@Named
@RequestScoped
public class MeetingPapersBacking {

    @EJB
    private PositionPapers papers;

    @Inject
    private CurrentUser currentUser;

    private MeetingPapers loaded;

    /** Read once a request; nothing for a meeting the person may not see (its page answers 404 anyway). */
    public MeetingPapers of(long meetingId) {
        if (loaded == null) {
            try {
                loaded = papers.ofMeeting(currentUser.actor(), meetingId);
            } catch (NotFoundException notSeen) {
                loaded = new MeetingPapers(java.util.List.of(), java.util.List.of());
            }
        }
        return loaded;
    }
}
