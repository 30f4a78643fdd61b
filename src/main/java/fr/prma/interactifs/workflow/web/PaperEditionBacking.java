package fr.prma.interactifs.workflow.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.LibraryFilter;
import fr.prma.interactifs.documents.service.LibraryRow;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.entity.PaperDraft;
import fr.prma.interactifs.workflow.service.PaperView;
import fr.prma.interactifs.workflow.service.PersonChoice;
import fr.prma.interactifs.workflow.service.PositionPapers;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /notes/edition.xhtml[?id=<id>]}: the authors write a paper (a new draft without an id), choose its
 * co-authors and attach documents of the library they may read.
 */
@Named
@ViewScoped
public class PaperEditionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many of the library's latest documents are offered as attachments. */
    private static final int ATTACHMENT_CHOICES = 50;

    @EJB
    private PositionPapers papers;

    @EJB
    private Library library;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private int version;
    private String title;
    private String summary;
    private String theme;
    private String addressee;
    private String bodyHtml;
    private List<Long> authorIds = new ArrayList<>();
    private List<Long> documentIds = new ArrayList<>();
    private List<PersonChoice> people;
    private List<LibraryRow> documents;
    private boolean mayWrite;

    /** View action (first request only). */
    public void load() throws IOException {
        mayWrite = papers.mayDraft(currentUser.actor());
        if (!mayWrite) {
            // A partner who comes by the address: the page says that partners read papers, and offers no form
            return;
        }
        people = papers.coAuthorChoices();
        documents = library.page(currentUser.actor(), LibraryFilter.none(), 0, ATTACHMENT_CHOICES).rows();
        if (id == null) {
            authorIds.add(currentUser.actor().personId());
            return;
        }
        try {
            PaperView paper = papers.find(currentUser.actor(), id);
            if (!paper.canEdit()) {
                Feedback.notFound();
                return;
            }
            version = paper.version();
            title = paper.title();
            summary = paper.summary();
            theme = paper.theme();
            addressee = paper.addressee();
            bodyHtml = paper.bodyHtml();
            authorIds = new ArrayList<>(paper.authorIds());
            documentIds = new ArrayList<>(paper.attachmentIds());
        } catch (NotFoundException unknown) {
            Feedback.notFound();
        }
    }

    public String save() {
        try {
            long saved = papers.save(currentUser.actor(), id, new PaperDraft(title, summary, theme, addressee, bodyHtml),
                    new LinkedHashSet<>(authorIds), new LinkedHashSet<>(documentIds), version);
            Feedback.done("workflow.paper.saved");
            return "/notes/note?faces-redirect=true&id=" + saved;
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    /** Whether the reader may write papers at all (partners read them). */
    public boolean isMayWrite() {
        return mayWrite;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public List<Long> getAuthorIds() {
        return authorIds;
    }

    public void setAuthorIds(List<Long> authorIds) {
        this.authorIds = authorIds;
    }

    public List<Long> getDocumentIds() {
        return documentIds;
    }

    public void setDocumentIds(List<Long> documentIds) {
        this.documentIds = documentIds;
    }

    public List<PersonChoice> getPeople() {
        return people;
    }

    public List<LibraryRow> getDocuments() {
        return documents;
    }
}
