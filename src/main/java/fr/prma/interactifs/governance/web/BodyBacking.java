package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.util.List;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import fr.prma.interactifs.directory.service.DirectorySynchronisation;
import fr.prma.interactifs.directory.service.SynchronisationReport;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.BodyMember;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySummary;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/instance.xhtml?instance=<slug>}: a body's purpose and members. An unknown body
 * answers 404.
 */
@Named
@RequestScoped
public class BodyBacking {

    @EJB
    private BodyMemberships memberships;

    @EJB
    private DirectorySynchronisation synchronisation;

    private String instance;
    private BodySummary body;
    private List<BodyMember> members;

    /** View action: loads the body named by the {@code instance} parameter. */
    public void load() throws IOException {
        body = BodyCode.fromSlug(instance == null ? "" : instance).flatMap(memberships::findBody).orElse(null);
        if (body == null) {
            Faces.responseSendError(404, "No such body");
            return;
        }
        members = memberships.membersOf(body.code());
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
}
