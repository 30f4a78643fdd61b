package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.documents.archive.ArchiveContents;
import fr.prma.interactifs.documents.archive.ZipArchiveReader;
import fr.prma.interactifs.documents.entity.ArchiveImport;
import fr.prma.interactifs.documents.entity.ArchiveImportEntry;
import fr.prma.interactifs.documents.entity.ArchiveImportStatus;
import fr.prma.interactifs.documents.entity.FileNames;
import fr.prma.interactifs.documents.entity.ImportEntryStatus;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Imports of existing archives (years of minutes, studies and letters in shared folders), for administrators:
 * <ol>
 * <li>{@link #analyse}: the uploaded zip is unpacked safely ({@link ZipArchiveReader}: limits against zip
 * bombs, no path out of the import's directory, archives inside it not expanded) and its files listed; the
 * folders it may be filed by are returned. An archive refused whole leaves nothing behind.</li>
 * <li>{@link #start}: with the default category, the visibility and the category of each folder, its files
 * are imported in the background, one at a time ({@link ArchiveImportRunner}), each through the library's
 * deposit like any other document; a file whose content the library already holds is skipped.</li>
 * <li>{@link #progress}: where it stands (files and megabytes, pace, time left), and its report once over.</li>
 * </ol>
 * The engine's rules live here and in {@link ArchiveImportWork}, not in the page, so that an import from the
 * command line through the REST API can use them as they are.
 */
@Stateless
public class ArchiveImports {

    private static final Logger LOG = Logger.getLogger(ArchiveImports.class.getName());
    /** The pace is measured over the last minute of work. */
    private static final Duration PACE_WINDOW = Duration.ofMinutes(1);
    private static final int RECENT = 20;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ArchiveImportWork work;

    @EJB
    private AuditTrail audit;

    @Inject
    private DocumentSettings settings;

    @Inject
    private Event<ImportStarted> started;

    /**
     * Unpacks an uploaded archive and lists its files (administrators). No transaction is held while the archive
     * is copied and unpacked; its listing is recorded in one.
     *
     * @throws BusinessException when the actor is not an administrator, or the archive is refused whole (not a
     *                           zip, corrupt, empty, too large, or beyond a limit of its contents)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportAnalysis analyse(Actor actor, InputStream archive, String archiveName) {
        requireAdministrator(actor);
        String name = FileNames.sanitise(archiveName);
        String directoryName = UUID.randomUUID().toString();
        Path directory = settings.importsDirectory().resolve(directoryName);
        try {
            Files.createDirectories(directory);
            Path zip = directory.resolve("archive.zip");
            receive(archive, zip, name);
            ArchiveContents contents = new ZipArchiveReader(settings.archiveLimits()).unpack(zip, directory);
            Files.delete(zip);
            long id = work.create(actor, name, directoryName, contents);
            LOG.info(() -> "Archive " + name + " unpacked for import " + id + ": " + contents.entries().size()
                    + " files, " + contents.totalBytes() + " bytes");
            return work.analysis(id);
        } catch (IOException e) {
            ArchiveImportRunner.deleteTree(directory);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refusedOrFailed) {
            ArchiveImportRunner.deleteTree(directory);
            throw refusedOrFailed;
        }
    }

    private void receive(InputStream archive, Path zip, String name) throws IOException {
        long limit = settings.maxArchiveBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(zip)) {
            for (int n; (n = archive.read(buffer)) != -1;) {
                size += n;
                if (size > limit) {
                    throw new BusinessException("document.import.error.tooLarge", name, settings.maxArchiveMegabytes());
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** An archive analysed and not started yet, as {@link #analyse} described it (administrators). */
    public ImportAnalysis analysis(Actor actor, long importId) {
        requireAdministrator(actor);
        find(importId);
        return work.analysis(importId);
    }

    /**
     * Starts importing the files of an analysed archive, in the background (administrators); audited.
     *
     * @throws BusinessException when the actor is not an administrator, the import was started already, or a
     *                           folder or category is unknown
     */
    public void start(Actor actor, long importId, ImportOptions options) {
        requireAdministrator(actor);
        ArchiveImport archive = find(importId);
        Set<String> folders = Set.copyOf(folders(importId));
        for (String folder : options.folderCategories().keySet()) {
            if (!folders.contains(folder)) {
                throw new BusinessException("document.import.error.noSuchFolder", folder);
            }
        }
        archive.start(options.defaultCategory(), options.bodies(), options.folderCategories(), Instant.now());
        if (!options.bodies().isEmpty()) {
            long known = em.createQuery("select count(b) from Body b where b.code in :codes", Long.class)
                    .setParameter("codes", options.bodies()).getSingleResult();
            if (known != options.bodies().size()) {
                throw new BusinessException("document.error.noSuchBody");
            }
        }
        audit.record(actor, "archiveImport.started", ArchiveImportWork.AUDIT_SUBJECT, importId,
                archive.getArchiveName() + " : " + archive.getTotalFiles() + " fichiers, " + megabytes(
                        archive.getTotalBytes()) + " Mo");
        started.fire(new ImportStarted(importId));
    }

    /** Where an import stands, and its report once it is over (administrators). */
    public ImportProgress progress(Actor actor, long importId) {
        requireAdministrator(actor);
        ArchiveImport archive = find(importId);
        Instant now = Instant.now();
        double filesPerSecond = 0;
        double bytesPerSecond = 0;
        Long secondsLeft = null;
        if (archive.getStatus() == ArchiveImportStatus.RUNNING && archive.getStartedAt() != null) {
            Instant since = archive.getStartedAt().isAfter(now.minus(PACE_WINDOW)) ? archive.getStartedAt()
                    : now.minus(PACE_WINDOW);
            Object[] recent = em.createNamedQuery("ArchiveImportEntry.sumProcessedSince", Object[].class)
                    .setParameter("import", importId).setParameter("since", since.atOffset(ZoneOffset.UTC))
                    .getSingleResult();
            double seconds = Math.max(1, Duration.between(since, now).toMillis() / 1000.0);
            filesPerSecond = ((Number) recent[0]).longValue() / seconds;
            bytesPerSecond = (recent[1] == null ? 0 : ((Number) recent[1]).longValue()) / seconds;
            secondsLeft = timeLeft(archive.getTotalFiles() - archive.filesDone(),
                    archive.getTotalBytes() - archive.getBytesDone(), filesPerSecond, bytesPerSecond);
        } else if (archive.getStartedAt() != null && archive.getFinishedAt() != null) {
            double seconds = Math.max(1, Duration.between(archive.getStartedAt(), archive.getFinishedAt()).toMillis()
                    / 1000.0);
            filesPerSecond = archive.filesDone() / seconds;
            bytesPerSecond = archive.getBytesDone() / seconds;
        }
        boolean over = archive.getStatus().isOver();
        return new ImportProgress(importId, archive.getArchiveName(), archive.getStatus(),
                archive.getStartedBy().getDisplayName(), archive.getCreatedAt(), archive.getStartedAt(),
                archive.getFinishedAt(), archive.getTotalFiles(), archive.filesDone(), archive.getTotalBytes(),
                archive.getBytesDone(), archive.getImportedCount(), archive.getDuplicateCount(),
                archive.getRefusedCount(), archive.getSkippedCount(), filesPerSecond, bytesPerSecond, secondsLeft,
                archive.getFailureReason(), archive.getDefaultCategory(), archive.getBodies(),
                archive.getFolderCategories(),
                archive.getStatus() == ArchiveImportStatus.ANALYSED ? folders(importId) : List.of(),
                over ? outcomes(importId, ImportEntryStatus.REFUSED) : List.of(),
                over ? outcomes(importId, ImportEntryStatus.DUPLICATE) : List.of());
    }

    /** The time left at this pace, the slower of the files' and the bytes' one; null when there is no pace yet. */
    static Long timeLeft(long filesLeft, long bytesLeft, double filesPerSecond, double bytesPerSecond) {
        if (filesLeft <= 0) {
            return 0L;
        }
        if (filesPerSecond <= 0) {
            return null;
        }
        double byFiles = filesLeft / filesPerSecond;
        double byBytes = bytesPerSecond > 0 ? Math.max(0, bytesLeft) / bytesPerSecond : 0;
        return Math.round(Math.max(byFiles, byBytes));
    }

    /** The most recent imports (administrators). */
    public List<ImportSummary> recent(Actor actor) {
        requireAdministrator(actor);
        return em.createNamedQuery("ArchiveImport.findRecent", ArchiveImport.class)
                .setParameter("abandoned", ArchiveImportStatus.ABANDONED).setMaxResults(RECENT).getResultStream()
                .map(i -> new ImportSummary(i.getId(), i.getArchiveName(), i.getStatus(),
                        i.getStartedBy().getDisplayName(), i.getCreatedAt(), i.getTotalFiles(), i.filesDone(),
                        i.getImportedCount(), i.getDuplicateCount(), i.getRefusedCount()))
                .toList();
    }

    /** The largest archive accepted, in megabytes (for the page's upload limit). */
    public long maxArchiveMegabytes() {
        return settings.maxArchiveMegabytes();
    }

    private List<String> folders(long importId) {
        return em.createNamedQuery("ArchiveImportEntry.findMappingFolders", String.class)
                .setParameter("import", importId).getResultList();
    }

    private List<ImportProgress.FileOutcome> outcomes(long importId, ImportEntryStatus status) {
        List<ArchiveImportEntry> entries = em.createNamedQuery("ArchiveImportEntry.findOutcomes",
                ArchiveImportEntry.class).setParameter("import", importId)
                .setParameter("statuses", List.of(status)).getResultList();
        List<Long> documentIds = entries.stream().map(ArchiveImportEntry::getDocumentId)
                .filter(id -> id != null).distinct().toList();
        Map<Long, String> titles = new HashMap<>();
        for (int from = 0; from < documentIds.size(); from += 500) {
            em.createQuery("select d.id, d.title from Document d where d.id in :ids", Object[].class)
                    .setParameter("ids", documentIds.subList(from, Math.min(documentIds.size(), from + 500)))
                    .getResultStream().forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return entries.stream().map(e -> new ImportProgress.FileOutcome(e.getNumber(), e.getPath(), e.getSize(),
                e.getReasonKey(), Arrays.asList(e.getReasonParameters()), e.getReasonText(), e.getDocumentId(),
                e.getDocumentId() == null ? null : titles.get(e.getDocumentId()))).toList();
    }

    private ArchiveImport find(long importId) {
        ArchiveImport archive = em.find(ArchiveImport.class, importId);
        if (archive == null) {
            throw new NotFoundException("archive import " + importId);
        }
        return archive;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.administrator()) {
            throw new BusinessException("document.error.adminOnly");
        }
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
