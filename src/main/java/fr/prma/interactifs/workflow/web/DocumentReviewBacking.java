package fr.prma.interactifs.workflow.web;

import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.workflow.service.DocumentReview;
import fr.prma.interactifs.workflow.service.DocumentReviews;
import fr.prma.interactifs.workflow.service.StepView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The steering committee's review on a document's page ({@code /documents/document.xhtml?id=<id>}): "Soumettre au
 * comité de pilotage" for the members of the cluster, the review's outcome for the document's readers, and for
 * the committee's members the opinions and the decision.
 */
@Named
@ViewScoped
public class DocumentReviewBacking extends StepActions {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentReviews documentReviews;

    private Long documentId;
    private DocumentReview review;
    private boolean maySubmit;
    private String hindrance;
    private boolean loaded;

    /** Read once, when the page first shows it (the document's id is the page's parameter). */
    private void loadOnce() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            documentId = Long.valueOf(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("id"));
            review = documentReviews.of(currentUser.actor(), documentId).orElse(null);
            maySubmit = documentReviews.maySubmit(currentUser.actor(), documentId);
            hindrance = documentReviews.hindrance(currentUser.actor(), documentId).map(Feedback::sentence).orElse(null);
        } catch (NumberFormatException | NotFoundException unreadable) {
            // The document's own backing answers 404
            documentId = null;
        }
        prepareForms();
    }

    /** "Soumettre au comité de pilotage" (after the browser's confirmation). */
    public String submit() {
        return act(() -> documentReviews.submit(currentUser.actor(), documentId), "workflow.document.submitted");
    }

    @Override
    public StepView getOpenStep() {
        loadOnce();
        return review == null ? null : review.openStep();
    }

    @Override
    protected String reload() {
        return "/documents/document?faces-redirect=true&id=" + documentId;
    }

    public DocumentReview getReview() {
        loadOnce();
        return review;
    }

    /** The button shows only when the submission would be accepted. */
    public boolean isSubmittable() {
        loadOnce();
        return documentId != null && maySubmit;
    }

    /** Why a member of the cluster may not submit the document (its visibility, a version reviewed), or null. */
    public String getHindrance() {
        loadOnce();
        return documentId == null ? null : hindrance;
    }
}
