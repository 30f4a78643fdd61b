package fr.prma.interactifs.home.web;

import java.util.List;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.directory.service.PersonSummary;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySeat;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /index.xhtml}: who I am, my organisation, the bodies I sit in. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PeopleDirectory people;

    @EJB
    private BodyMemberships memberships;

    private PersonSummary person;
    private List<BodySeat> seats;

    @PostConstruct
    void load() {
        long personId = currentUser.getPersonId();
        person = people.findSummary(personId).orElseThrow();
        seats = memberships.seatsOf(personId);
    }

    public PersonSummary getPerson() {
        return person;
    }

    public List<BodySeat> getSeats() {
        return seats;
    }
}
