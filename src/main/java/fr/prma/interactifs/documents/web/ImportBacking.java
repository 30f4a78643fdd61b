package fr.prma.interactifs.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.service.ArchiveImports;
import fr.prma.interactifs.documents.service.ImportAnalysis;
import fr.prma.interactifs.documents.service.ImportOptions;
import fr.prma.interactifs.documents.service.ImportProgress;
import fr.prma.interactifs.documents.service.ImportSummary;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /documents/import.xhtml} ("Importer une archive"), for administrators (404 for others): upload a
 * zip, choose how its files are filed, start, then follow the import (the page polls its progress) up to its
 * report. {@code ?import=<id>} comes back to an import after a reload; without it the page offers a new upload
 * and lists the recent imports.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice "all of Les Interactifs" in the visibility list. */
    public static final String EVERYONE = DepositBacking.EVERYONE;

    @EJB
    private ArchiveImports imports;

    @EJB
    private Library library;

    @Inject
    private CurrentUser currentUser;

    private Long importId;
    private ImportProgress progress;
    private List<ImportSummary> recent;
    private List<BodyCode> bodies;

    private DocumentCategory defaultCategory = DocumentCategory.CLUSTER_LIFE;
    private List<String> visibility = new ArrayList<>(List.of(EVERYONE));
    /** The category chosen for each folder; empty for "the default category". */
    private final Map<String, String> folderCategories = new LinkedHashMap<>();

    /** View action (first request only). */
    public void load() throws IOException {
        if (!currentUser.actor().administrator()) {
            Feedback.notFound();
            return;
        }
        if (importId != null) {
            try {
                refresh();
            } catch (NotFoundException gone) {
                Feedback.notFound();
            }
        }
    }

    /** Reads where the import stands (the poll calls it every two seconds). */
    public void refresh() {
        progress = imports.progress(currentUser.actor(), importId);
        if (progress.isWaiting()) {
            progress.folders().forEach(folder -> folderCategories.putIfAbsent(folder, ""));
        }
    }

    /** The archive has arrived: it is unpacked and analysed, then its options are asked. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            ImportAnalysis analysis = imports.analyse(currentUser.actor(), content, file.getFileName());
            importId = analysis.importId();
            refresh();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        } catch (IOException unreadable) {
            Feedback.refused(new BusinessException("document.deposit.unreadable"));
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // The container removes its temporary files at the end of the request anyway.
            }
        }
    }

    /** Starts the import with the options chosen, and shows its progress. */
    public String start() {
        Map<String, DocumentCategory> mapping = new LinkedHashMap<>();
        folderCategories.forEach((folder, category) -> {
            if (category != null && !category.isEmpty()) {
                mapping.put(folder, DocumentCategory.valueOf(category));
            }
        });
        try {
            imports.start(currentUser.actor(), importId, new ImportOptions(defaultCategory, bodies(), mapping));
            Feedback.done("document.import.started");
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        return "/documents/import?faces-redirect=true&import=" + importId;
    }

    private Set<BodyCode> bodies() {
        if (visibility == null || visibility.isEmpty() || visibility.contains(EVERYONE)) {
            return Set.of();
        }
        Set<BodyCode> codes = EnumSet.noneOf(BodyCode.class);
        visibility.forEach(code -> codes.add(BodyCode.valueOf(code)));
        return codes;
    }

    /** The reason of a refused file, in the reader's language. */
    public String reason(ImportProgress.FileOutcome file) {
        if (file.reasonKey() == null) {
            return file.reasonText();
        }
        try {
            return MessageFormat.format(Feedback.text(file.reasonKey()),
                    Label.resolve(file.reasonParameters().toArray(), Feedback::text));
        } catch (RuntimeException missingKey) {
            return file.reasonText();
        }
    }

    /** The time left, as people say it ("3 min 20 s"). */
    public String getTimeLeft() {
        Long seconds = progress == null ? null : progress.secondsLeft();
        if (seconds == null) {
            return Feedback.text("document.import.timeLeft.unknown");
        }
        if (seconds < 60) {
            return MessageFormat.format(Feedback.text("document.import.timeLeft.seconds"), seconds);
        }
        if (seconds < 3600) {
            return MessageFormat.format(Feedback.text("document.import.timeLeft.minutes"), seconds / 60, seconds % 60);
        }
        return MessageFormat.format(Feedback.text("document.import.timeLeft.hours"), seconds / 3600,
                seconds % 3600 / 60);
    }

    public static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    public double getMegabytesDone() {
        return progress == null ? 0 : megabytes(progress.bytesDone());
    }

    public double getMegabytesTotal() {
        return progress == null ? 0 : megabytes(progress.totalBytes());
    }

    public double getMegabytesPerSecond() {
        return progress == null ? 0 : megabytes((long) progress.bytesPerSecond());
    }

    public List<ImportSummary> getRecent() {
        if (recent == null) {
            recent = imports.recent(currentUser.actor());
        }
        return recent;
    }

    public DocumentCategory[] getCategories() {
        return DocumentCategory.values();
    }

    /** Every body: administrators may restrict a document to any. */
    public List<BodyCode> getBodies() {
        if (bodies == null) {
            bodies = library.bodiesForDeposit(currentUser.actor());
        }
        return bodies;
    }

    /** The category names of the mapping, by folder, for the summary of a started import. */
    public Map<String, DocumentCategory> getMapping() {
        return progress == null ? Map.of() : new TreeMap<>(progress.folderCategories());
    }

    public long getMaxArchiveBytes() {
        return imports.maxArchiveMegabytes() * 1024 * 1024;
    }

    public long getMaxArchiveMegabytes() {
        return imports.maxArchiveMegabytes();
    }

    public Long getImportId() {
        return importId;
    }

    public void setImportId(Long importId) {
        this.importId = importId;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public DocumentCategory getDefaultCategory() {
        return defaultCategory;
    }

    public void setDefaultCategory(DocumentCategory defaultCategory) {
        this.defaultCategory = defaultCategory;
    }

    public List<String> getVisibility() {
        return visibility;
    }

    public void setVisibility(List<String> visibility) {
        this.visibility = visibility;
    }

    public Map<String, String> getFolderCategories() {
        return folderCategories;
    }
}
