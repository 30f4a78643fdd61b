package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import fr.prma.interactifs.directory.service.DirectorySynchronisation;
import fr.prma.interactifs.directory.service.SynchronisationReport;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.BodyMember;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySummary;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/instance.xhtml?instance=<slug>}: a body's purpose, members and meetings (for those
 * who may see them). An unknown body answers 404.
 */
@Named
@RequestScoped
public class BodyBacking {

    @EJB
    private BodyMemberships memberships;

    @EJB
    private DirectorySynchronisation synchronisation;

    @EJB
    private Meetings meetings;

    @Inject
    private CurrentUser currentUser;

    private String instance;
    private BodySummary body;
    private List<BodyMember> members;
    private List<MeetingSummary> upcoming;
    private List<MeetingSummary> past;
    private boolean meetingsVisible;
    private boolean canSchedule;
    private Integer quorum;
    private Integer maxProxies;

    /** View action: loads the body named by the {@code instance} parameter. */
    public void load() throws IOException {
        body = BodyCode.fromSlug(instance == null ? "" : instance).flatMap(memberships::findBody).orElse(null);
        if (body == null) {
            Faces.responseSendError(404, "No such body");
            return;
        }
        members = memberships.membersOf(body.code());
        List<MeetingSummary> all = meetings.meetingsOf(currentUser.actor(), body.code());
        meetingsVisible = meetings.canSee(currentUser.actor(), body.code());
        OffsetDateTime now = OffsetDateTime.now();
        upcoming = all.stream().filter(meeting -> meeting.endsAt().isAfter(now)).sorted(
                Comparator.comparing(MeetingSummary::startsAt)).toList();
        past = all.stream().filter(meeting -> !meeting.endsAt().isAfter(now)).toList();
        canSchedule = meetings.canSchedule(currentUser.actor(), body.code());
        if (quorum == null) {
            quorum = body.quorumPercent();
        }
        if (maxProxies == null) {
            maxProxies = body.maxProxies();
        }
    }

    /** "Enregistrer le quorum" (administrators). */
    public String changeQuorum() {
        return changeSetting(code -> memberships.changeQuorum(currentUser.actor(), code, quorum), "body.quorum.saved",
                quorum);
    }

    /** "Enregistrer le nombre de pouvoirs" (administrators). */
    public String changeMaxProxies() {
        return changeSetting(code -> memberships.changeMaxProxies(currentUser.actor(), code, maxProxies),
                "body.maxProxies.saved", maxProxies);
    }

    /** Saves one of the body's settings, then shows the page again with what was saved. */
    private String changeSetting(Consumer<BodyCode> change, String savedKey, Integer value) {
        // A postback does not run the view action: the body comes from the view parameter again.
        BodyCode code = BodyCode.fromSlug(instance == null ? "" : instance).orElseThrow();
        try {
            change.accept(code);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done(savedKey, value);
        return "/instances/instance?faces-redirect=true&instance=" + code.slug();
    }

    /** "Actualiser depuis Keycloak" (administrators): reads the directory now, then shows the page again. */
    public String synchronise() {
        try {
            SynchronisationReport report = synchronisation.synchroniseOnRequest();
            Messages.addFlashGlobalInfo(Faces.getResourceBundle("msg").getString("body.synchronise.done"),
                    report.accounts(), report.added(), report.retired());
        } catch (EJBAccessException notAdmin) {
            Messages.addFlashGlobalError(Faces.getResourceBundle("msg").getString("body.synchronise.forbidden"));
        } catch (RuntimeException keycloakUnavailable) {
            Messages.addFlashGlobalError(Faces.getResourceBundle("msg").getString("body.synchronise.failed"));
        }
        return "/instances/instance?faces-redirect=true&instance="
                + BodyCode.fromSlug(instance == null ? "" : instance).map(BodyCode::slug).orElse("");
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public BodySummary getBody() {
        return body;
    }

    public List<BodyMember> getMembers() {
        return members;
    }

    /** The next meetings, soonest first. */
    public List<MeetingSummary> getUpcoming() {
        return upcoming;
    }

    /** Meetings over, latest first. */
    public List<MeetingSummary> getPast() {
        return past;
    }

    public boolean isMeetingsVisible() {
        return meetingsVisible;
    }

    public boolean isCanSchedule() {
        return canSchedule;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public Integer getMaxProxies() {
        return maxProxies;
    }

    public void setMaxProxies(Integer maxProxies) {
        this.maxProxies = maxProxies;
    }

    /** The highest cap administrators may set, for the field's bounds. */
    public int getMostProxies() {
        return Body.MOST_PROXIES;
    }
}
