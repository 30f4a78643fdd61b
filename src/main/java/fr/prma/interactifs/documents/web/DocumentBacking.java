package fr.prma.interactifs.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

import fr.prma.interactifs.audit.service.AuditEntry;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.service.DocumentDetails;
import fr.prma.interactifs.documents.service.DocumentSettings;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.platform.web.LocaleSelection;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /documents/document.xhtml?id=<id>}: a document, its versions and what was read from them, for
 * whoever may read it (404 otherwise); those who may change it describe it, deposit a new version, restore an
 * earlier one or move it to the bin; the depositor asks again for the text when its reading failed.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Library library;

    @Inject
    private DocumentSettings settings;

    @Inject
    private CurrentUser currentUser;

    private List<BodyCode> bodies;
    private List<AuditEntry> history;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    private DocumentDetails document;

    private String title;
    private String description;
    private DocumentCategory category;
    private String tags;
    private String versionComment;
    private VisibilityChoice visibility = new VisibilityChoice();

    /** View action (first request only). */
    public void load() throws IOException {
        try {
            document = id == null ? null : library.find(currentUser.actor(), id);
        } catch (NotFoundException unknown) {
            document = null;
        }
        if (document == null) {
            Feedback.notFound();
            return;
        }
        title = document.title();
        description = document.description();
        category = document.category();
        tags = getTagList();
        visibility = new VisibilityChoice(document.visibleToAll(), document.bodies());
    }

    private String reload() {
        return "/documents/document?faces-redirect=true&id=" + id;
    }

    public String describe() {
        try {
            library.describe(currentUser.actor(), id, new DocumentDescription(title, description, category,
                    tags == null ? List.of() : Arrays.stream(tags.split("[,;]")).map(String::strip).toList()),
                    document.version());
            Feedback.done("document.described");
            return reload();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    /** "Enregistrer la visibilité": the whole cluster, or the bodies ticked. */
    public String changeVisibility() {
        try {
            library.changeVisibility(currentUser.actor(), id, visibility.visibility(), document.version());
            Feedback.done("document.visibilityChanged");
            return reload();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    /** A new version has arrived. */
    public void newVersion(FileUploadEvent event) {
        if (UploadEvents.deferredUntilFieldsAreUpdated(event)) {
            return;
        }
        try (InputStream content = event.getFile().getInputStream()) {
            library.addVersion(currentUser.actor(), id, content, event.getFile().getFileName(), versionComment);
            Feedback.done("document.versionAdded");
            Faces.redirect(Faces.getRequestContextPath() + "/documents/document.xhtml?id=" + id);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        } catch (IOException unreadable) {
            Feedback.refused(new BusinessException("document.deposit.unreadable"));
        }
    }

    public String restore(int number) {
        try {
            library.restore(currentUser.actor(), id, number, null);
            Feedback.done("document.restored", number);
            return reload();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    public String retry() {
        try {
            library.retryExtraction(currentUser.actor(), id);
            Feedback.done("document.retried");
            return reload();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    public String delete() {
        try {
            library.delete(currentUser.actor(), id);
            Feedback.done("document.deleted", document.title());
            return "/documents/index?faces-redirect=true";
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
    }

    /** The document's history, for those who may change it (read once per view). */
    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = document.canChange() ? library.history(currentUser.actor(), id) : List.of();
        }
        return history;
    }

    /** Reloads the document while its text is being read, so that the page shows when it is done. */
    public void refresh() {
        document = library.find(currentUser.actor(), id);
    }

    public String getBodyList() {
        return String.join(", ", document.bodyNames());
    }

    /** The tags in alphabetical order, capitals and accents aside (the database keeps no order). */
    public String getTagList() {
        List<String> sorted = new ArrayList<>(document.tags());
        sorted.sort(Collator.getInstance(Locale.FRENCH));
        return String.join(", ", sorted);
    }

    /** The language the file is written in, named in the page's language ("français"), or its code if unknown. */
    public String getLanguageName() {
        String code = document.current().language();
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(localeSelection.getLocale());
        return name.isEmpty() ? code : name;
    }

    /** The bodies the person may restrict a document to: those they sit in. */
    public List<BodyCode> getBodies() {
        if (bodies == null) {
            bodies = library.bodiesForDeposit(currentUser.actor());
        }
        return bodies;
    }

    /** "Tout le pôle" or "Certaines instances", and which. */
    public VisibilityChoice getVisibility() {
        return visibility;
    }

    public DocumentCategory[] getCategories() {
        return DocumentCategory.values();
    }

    public long getMaxSizeBytes() {
        return settings.maxSizeBytes();
    }

    public DocumentDetails getDocument() {
        return document;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getVersionComment() {
        return versionComment;
    }

    public void setVersionComment(String versionComment) {
        this.versionComment = versionComment;
    }
}
