package fr.prma.interactifs.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.service.Deposit;
import fr.prma.interactifs.documents.service.DepositOutcome;
import fr.prma.interactifs.documents.service.DocumentSettings;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /documents/deposer.xhtml}: several files dropped or chosen at once, each uploaded with its own
 * progress bar and deposited on arrival with the category, visibility and tags chosen above; each file's
 * outcome (deposited, already in the library, refused and why) is listed as it arrives. The title comes from
 * the file's name (its own title once read only when the name says nothing) and can be changed on the
 * document's page.
 */
@Named
@ViewScoped
public class DepositBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice "all of Les Interactifs" in the visibility list. */
    public static final String EVERYONE = "ALL";

    @EJB
    private Library library;

    @Inject
    private DocumentSettings settings;

    @Inject
    private CurrentUser currentUser;

    private List<BodyCode> bodies;
    private Boolean allowed;

    private DocumentCategory category = DocumentCategory.CLUSTER_LIFE;
    private final VisibilityChoice visibility = new VisibilityChoice();
    private String tags;
    private String description;
    private final List<Result> results = new ArrayList<>();

    /** What became of one file. */
    public record Result(String fileName, Long documentId, String title, String refusal,
            List<DepositOutcome.SameContent> sameContent) implements Serializable {
        public boolean isDeposited() {
            return documentId != null;
        }
    }

    /** One file has arrived (PrimeFaces calls this once per file). */
    public void upload(FileUploadEvent event) {
        if (UploadEvents.deferredUntilFieldsAreUpdated(event)) {
            return;
        }
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        try (InputStream content = file.getInputStream()) {
            DepositOutcome outcome = library.deposit(currentUser.actor(), new Deposit(content, name,
                    new DocumentDescription(null, description, category, splitTags()), visibility.visibility()));
            results.add(new Result(name, outcome.documentId(), outcome.title(), null, outcome.sameContent()));
        } catch (BusinessException refused) {
            results.add(new Result(name, null, null, Feedback.sentence(refused), List.of()));
        } catch (IOException unreadable) {
            results.add(new Result(name, null, null, Feedback.text("document.deposit.unreadable"), List.of()));
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // The container removes its temporary files at the end of the request anyway.
            }
        }
    }

    private List<String> splitTags() {
        return tags == null ? List.of() : Arrays.stream(tags.split("[,;]")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
    }

    /** Whether the person may deposit at all (asked of the service once per view). */
    public boolean isAllowed() {
        if (allowed == null) {
            allowed = library.canDeposit(currentUser.actor());
        }
        return allowed;
    }

    public DocumentCategory[] getCategories() {
        return DocumentCategory.values();
    }

    /** The bodies the person may restrict a document to: those they sit in. */
    public List<BodyCode> getBodies() {
        if (bodies == null) {
            bodies = library.bodiesForDeposit(currentUser.actor());
        }
        return bodies;
    }

    public long getMaxSizeBytes() {
        return settings.maxSizeBytes();
    }

    public long getMaxSizeMegabytes() {
        return settings.maxSizeMegabytes();
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    /** "Tout le pôle" or "Certaines instances", and which. */
    public VisibilityChoice getVisibility() {
        return visibility;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Result> getResults() {
        return results;
    }
}
