package fr.prma.interactifs.directory.web;

import java.io.IOException;
import java.io.Serializable;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import fr.prma.interactifs.directory.service.OrganisationDetails;
import fr.prma.interactifs.directory.service.OrganisationDirectory;
import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /annuaire/organisation.xhtml?organisation=<slug>}, where an administrator corrects an
 * organisation's name, legal form and activities. Anyone else, or an unknown organisation, gets 404; the
 * service checks the role again when saving.
 */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationDirectory directory;

    private String slug;
    private OrganisationDetails original;
    private String name;
    private String legalForm;
    private String activities;

    /** View action (first request only). */
    public void load() throws IOException {
        original = Faces.isUserInRole("admin") ? directory.findDetails(slug == null ? "" : slug).orElse(null) : null;
        if (original == null) {
            Faces.responseSendError(404, "No such organisation");
            return;
        }
        name = original.name();
        legalForm = original.legalForm();
        activities = original.activities();
    }

    /** "Enregistrer": back to the directory on success; on a refusal, the form keeps what was typed. */
    public String save() {
        try {
            directory.describe(new OrganisationDetails(original.slug(), original.kind(), name, legalForm, activities,
                    original.version()));
        } catch (BusinessException refused) {
            Messages.addGlobalError(Faces.getResourceBundle("msg").getString(refused.messageKey()),
                    refused.parameters());
            return null;
        }
        Messages.addFlashGlobalInfo(Faces.getResourceBundle("msg").getString("organisation.saved"), name);
        return "/annuaire/index?faces-redirect=true";
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public OrganisationDetails getOriginal() {
        return original;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getActivities() {
        return activities;
    }

    public void setActivities(String activities) {
        this.activities = activities;
    }
}
