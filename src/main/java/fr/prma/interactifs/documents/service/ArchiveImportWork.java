package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.archive.ArchiveContents;
import fr.prma.interactifs.documents.archive.ArchiveEntry;
import fr.prma.interactifs.documents.archive.ArchivePath;
import fr.prma.interactifs.documents.archive.ZipArchiveReader;
import fr.prma.interactifs.documents.entity.ArchiveImport;
import fr.prma.interactifs.documents.entity.ArchiveImportEntry;
import fr.prma.interactifs.documents.entity.ArchiveImportStatus;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.entity.FileNames;
import fr.prma.interactifs.documents.entity.ImportEntryStatus;
import fr.prma.interactifs.documents.storage.ContentHash;
import fr.prma.interactifs.platform.service.Label;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The database side of the import engine, each method its own short transaction (never one for a whole
 * archive): listing an unpacked archive, handing out the next file, importing one file through the library's
 * deposit (with its outcome, in the same transaction, so that a stop never imports a file twice), recording a
 * refusal, and ending an import. {@link ArchiveImportRunner} calls it from its background thread; the same
 * steps serve any caller of the engine (the REST import to come).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ArchiveImportWork {

    static final String AUDIT_SUBJECT = "archiveImport";

    /** Refusals and the audit trail are written in French, the cluster's language. */
    private static final ResourceBundle FRENCH =
            ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", Locale.FRENCH);
    private static final int FLUSH_EVERY = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Library library;

    @EJB
    private AuditTrail audit;

    @Inject
    private DocumentSettings settings;

    /** One file to import, with what the deposit needs to know of its import. */
    public record PendingFile(long importId, String directory, long entryId, int number, String path, long size) {
    }

    /** Records an archive just unpacked in {@code <imports>/<directory>}, and its files. */
    public long create(Actor actor, String archiveName, String directory, ArchiveContents contents) {
        Person person = em.find(Person.class, actor.personId());
        if (person == null) {
            throw new NotFoundException("person " + actor.personId());
        }
        int depth = mappingDepth(contents);
        ArchiveImport archive = new ArchiveImport(FileNames.sanitise(archiveName), directory, person, Instant.now(),
                depth, contents.entries().size(), contents.entries().stream().mapToLong(ArchiveEntry::size).sum(),
                contents.skipped());
        em.persist(archive);
        int written = 0;
        for (ArchiveEntry file : contents.entries()) {
            boolean unsafe = ArchiveEntry.UNSAFE_PATH.equals(file.refusal());
            ArchiveImportEntry entry = new ArchiveImportEntry(archive, file.number(), file.path().text(),
                    unsafe ? null : file.path().folderAt(depth), file.size());
            if (!file.unpacked()) {
                Object[] parameters = {file.path().text()};
                entry.refusedOnArrival(file.refusal(), parameters, french(file.refusal(), parameters));
            }
            em.persist(entry);
            if (++written % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        em.flush();
        return archive.getId();
    }

    /** An analysed archive: its counts and the folders it may be filed by. */
    public ImportAnalysis analysis(long importId) {
        ArchiveImport archive = em.find(ArchiveImport.class, importId);
        if (archive == null) {
            throw new NotFoundException("archive import " + importId);
        }
        return new ImportAnalysis(importId, archive.getArchiveName(), archive.getTotalFiles(), archive.getTotalBytes(),
                archive.getRefusedCount(), archive.getSkippedCount(),
                em.createNamedQuery("ArchiveImportEntry.findMappingFolders", String.class)
                        .setParameter("import", importId).getResultList());
    }

    /**
     * The depth of the folders offered for the mapping: an archive made of one folder (the usual "right-click,
     * compress") is mapped by the folders inside it, any other by its top folders.
     */
    static int mappingDepth(ArchiveContents contents) {
        Set<String> tops = contents.entries().stream()
                .filter(entry -> !ArchiveEntry.UNSAFE_PATH.equals(entry.refusal()))
                .map(entry -> Objects.toString(entry.path().folderAt(0), ""))
                .collect(Collectors.toSet());
        return tops.size() == 1 && !tops.contains("") ? 1 : 0;
    }

    /** The next file waiting in a running import, or empty when there is none (or it no longer runs). */
    public Optional<PendingFile> next(long importId) {
        ArchiveImport archive = em.find(ArchiveImport.class, importId);
        if (archive == null || archive.getStatus() != ArchiveImportStatus.RUNNING) {
            return Optional.empty();
        }
        return em.createNamedQuery("ArchiveImportEntry.findPending", ArchiveImportEntry.class)
                .setParameter("import", importId).setParameter("pending", ImportEntryStatus.PENDING)
                .setMaxResults(1).getResultStream().findFirst()
                .map(e -> new PendingFile(importId, archive.getDirectory(), e.getId(), e.getNumber(), e.getPath(),
                        e.getSize()));
    }

    /** Whether the import still runs (it has not been finished or failed meanwhile). */
    public boolean running(long importId) {
        ArchiveImport archive = em.find(ArchiveImport.class, importId);
        return archive != null && archive.getStatus() == ArchiveImportStatus.RUNNING;
    }

    /**
     * Imports one file: skipped as a duplicate when its content is already the current content of a document
     * out of the bin, else deposited as the administrator who started the import, titled after its name, tagged
     * with its folders and filed under the category of its folder.
     *
     * @throws fr.prma.interactifs.platform.service.BusinessException when the library refuses it; nothing is
     *                                                                   written then: record it with {@link #refuse}
     */
    public void importFile(PendingFile file) {
        ArchiveImportEntry entry = em.find(ArchiveImportEntry.class, file.entryId());
        if (entry == null || entry.getStatus() != ImportEntryStatus.PENDING) {
            return;
        }
        ArchiveImport archive = entry.getArchiveImport();
        Path unpacked = ZipArchiveReader.fileOf(settings.importsDirectory().resolve(archive.getDirectory()),
                entry.getNumber());
        Instant now = Instant.now();
        // The administrator who started it, importing: the files' text is read after what people deposit.
        Actor actor = new Actor(archive.getStartedBy().getId(), true, true);
        // A file over the library's limit is refused by the deposit without being read whole.
        if (entry.getSize() <= settings.maxSizeBytes()) {
            List<Long> same = library.withContent(actor, sha256(unpacked));
            if (!same.isEmpty()) {
                entry.duplicateOf(same.get(0), now);
                return;
            }
        }
        List<String> segments = List.of(entry.getPath().split("/"));
        String name = segments.get(segments.size() - 1);
        DepositOutcome outcome;
        try (InputStream content = Files.newInputStream(unpacked)) {
            outcome = library.deposit(actor, new Deposit(content, name, new DocumentDescription(
                    FileNames.titleFromName(name),
                    MessageFormat.format(FRENCH.getString("document.import.description"), archive.getArchiveName(),
                            entry.getPath()),
                    archive.categoryOf(entry.getMappingFolder()), ArchivePath.tags(segments.subList(0, segments.size() - 1))),
                    archive.getBodies()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entry.imported(outcome.documentId(), now);
    }


    /** Records that a file was refused, with the reason the library (or the engine) gave. */
    public void refuse(long entryId, String key, Object[] parameters) {
        ArchiveImportEntry entry = em.find(ArchiveImportEntry.class, entryId);
        if (entry == null || entry.getStatus() != ImportEntryStatus.PENDING) {
            return;
        }
        entry.refused(key, parameters, french(key, parameters), Instant.now());
    }

    /** Ends an import whose files all have their outcome; audited with its counts. */
    public void finish(long importId) {
        ArchiveImport archive = em.find(ArchiveImport.class, importId);
        if (archive == null || archive.getStatus() != ArchiveImportStatus.RUNNING) {
            return;
        }
        archive.finish(Instant.now());
        audit.record(new Actor(archive.getStartedBy().getId(), true), "archiveImport.finished", AUDIT_SUBJECT,
                importId, archive.getArchiveName() + " : " + MessageFormat.format(
                        FRENCH.getString("document.import.audit.counts"), archive.getImportedCount(),
                        archive.getDuplicateCount(), archive.getRefusedCount()));
    }

    /** Stops an import on an unexpected error. */
    public void fail(long importId, String reason) {
        ArchiveImport archive = em.find(ArchiveImport.class, importId);
        if (archive == null || archive.getStatus().isOver()) {
            return;
        }
        archive.fail(reason, Instant.now());
        audit.record(new Actor(archive.getStartedBy().getId(), true), "archiveImport.failed", AUDIT_SUBJECT,
                importId, archive.getArchiveName() + " : " + reason);
    }

    /** The imports under way (to resume after a restart). */
    public List<Long> runningIds() {
        return em.createNamedQuery("ArchiveImport.findByStatus", ArchiveImport.class)
                .setParameter("status", ArchiveImportStatus.RUNNING).getResultStream().map(ArchiveImport::getId)
                .toList();
    }

    /** Marks the imports analysed before this moment and never started as abandoned; gives their directories. */
    public List<String> abandonAnalysedBefore(Instant before) {
        List<String> directories = new ArrayList<>();
        for (ArchiveImport archive : em.createNamedQuery("ArchiveImport.findAnalysedBefore", ArchiveImport.class)
                .setParameter("analysed", ArchiveImportStatus.ANALYSED)
                .setParameter("before", before.atOffset(java.time.ZoneOffset.UTC)).getResultList()) {
            archive.abandon(Instant.now());
            directories.add(archive.getDirectory());
        }
        return directories;
    }

    /** The directory of an import's unpacked files. */
    public Optional<String> directoryOf(long importId) {
        return Optional.ofNullable(em.find(ArchiveImport.class, importId)).map(ArchiveImport::getDirectory);
    }

    /** A refusal in French, for the record. */
    static String french(String key, Object[] parameters) {
        try {
            return MessageFormat.format(FRENCH.getString(key), Label.resolve(parameters, k -> {
                try {
                    return FRENCH.getString(k);
                } catch (java.util.MissingResourceException missing) {
                    return k;
                }
            }));
        } catch (java.util.MissingResourceException missing) {
            return key;
        }
    }

    private static String sha256(Path file) {
        try {
            return ContentHash.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
