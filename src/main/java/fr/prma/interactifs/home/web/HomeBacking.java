package fr.prma.interactifs.home.web;

import java.util.List;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.directory.service.PersonSummary;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySeat;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import fr.prma.interactifs.workflow.service.PositionPapers;
import fr.prma.interactifs.workflow.service.ReviewTask;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /index.xhtml}: who I am, my organisation, the bodies I sit in, the convocations awaiting my
 * answer and the next meetings.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PeopleDirectory people;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private Meetings meetings;

    @EJB
    private PositionPapers papers;

    /** How many of the next meetings the home page lists; the bodies' pages list them all. */
    private static final int UPCOMING_SHOWN = 5;

    private PersonSummary person;
    private List<BodySeat> seats;
    private List<MeetingSummary> awaitingAnswer;
    private List<ReviewTask> reviewTasks;
    private List<MeetingSummary> upcoming;

    @PostConstruct
    void load() {
        long personId = currentUser.getPersonId();
        person = people.findSummary(personId).orElseThrow();
        seats = memberships.seatsOf(personId);
        awaitingAnswer = meetings.awaitingAnswer(currentUser.actor());
        reviewTasks = papers.tasks(currentUser.actor());
        upcoming = meetings.upcomingFor(currentUser.actor(), UPCOMING_SHOWN);
    }

    public PersonSummary getPerson() {
        return person;
    }

    public List<BodySeat> getSeats() {
        return seats;
    }

    /** The position papers awaiting my opinion or decision. */
    public List<ReviewTask> getReviewTasks() {
        return reviewTasks;
    }

    public List<MeetingSummary> getAwaitingAnswer() {
        return awaitingAnswer;
    }

    public List<MeetingSummary> getUpcoming() {
        return upcoming;
    }
}
