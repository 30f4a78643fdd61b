package fr.prma.interactifs.documents.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import fr.prma.interactifs.documents.service.BinEntry;
import fr.prma.interactifs.documents.service.IndexMaintenance;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /documents/administration.xhtml}, for administrators (404 for others): the bin (take a document
 * back, or empty it for good after a confirmation) and the search index (rebuild it, with its progress).
 */
@Named
@ViewScoped
public class BinBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Library library;

    @EJB
    private IndexMaintenance index;

    @Inject
    private CurrentUser currentUser;

    private List<BinEntry> entries;

    /** View action (first request only). */
    public void load() throws IOException {
        if (!currentUser.actor().administrator()) {
            Feedback.notFound();
            return;
        }
        entries = library.bin(currentUser.actor());
    }

    private String reload() {
        return "/documents/administration?faces-redirect=true";
    }

    public String undelete(long documentId) {
        try {
            library.undelete(currentUser.actor(), documentId);
            Feedback.done("document.bin.restored");
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        } catch (NotFoundException gone) {
            Feedback.refused(new BusinessException("document.bin.gone"));
        }
        return reload();
    }

    public String emptyBin() {
        try {
            Feedback.done("document.bin.emptied", library.emptyBin(currentUser.actor()));
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        }
        return reload();
    }

    public void rebuild() {
        try {
            index.rebuild(currentUser.actor());
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        }
    }

    public IndexMaintenance.Progress getProgress() {
        return index.progress();
    }

    public List<BinEntry> getEntries() {
        return entries;
    }
}
