package fr.prma.interactifs.workflow.web;

import java.io.IOException;
import java.util.Optional;

import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.workflow.service.PaperView;
import fr.prma.interactifs.workflow.service.PositionPapers;
import fr.prma.interactifs.workflow.service.StepView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /notes/note.xhtml?id=<id>}: a position paper and every round of its review, for whoever may see it
 * (404 otherwise). Its authors submit or withdraw it; the members of the step's body give their opinion; the
 * chair closes the step, or the secretary in one of the body's meetings.
 */
@Named
@ViewScoped
public class PaperBacking extends StepActions {

    private static final long serialVersionUID = 1L;

    @EJB
    private PositionPapers papers;

    private Long id;
    private PaperView paper;

    /** View action (first request only). */
    public void load() throws IOException {
        try {
            paper = id == null ? null : papers.find(currentUser.actor(), id);
        } catch (NotFoundException unknown) {
            paper = null;
        }
        if (paper == null) {
            Feedback.notFound();
            return;
        }
        prepareForms();
    }

    /** The step under way, if any. */
    public Optional<StepView> openStep() {
        return paper.steps().stream().filter(StepView::isOpen).findFirst();
    }

    @Override
    public StepView getOpenStep() {
        return openStep().orElse(null);
    }

    @Override
    protected String reload() {
        return "/notes/note?faces-redirect=true&id=" + id;
    }

    public String submit() {
        return act(() -> papers.submit(currentUser.actor(), id, paper.version()), "workflow.paper.submitted");
    }

    public String withdraw() {
        return act(() -> papers.withdraw(currentUser.actor(), id, paper.version()), "workflow.paper.withdrawn");
    }

    public String getAuthorList() {
        return String.join(", ", paper.authorNames());
    }

    public boolean isAuthor() {
        return paper.authorIds().contains(currentUser.actor().personId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PaperView getPaper() {
        return paper;
    }
}
