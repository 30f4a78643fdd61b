package fr.prma.interactifs.documents.archive;

import java.util.List;

/**
 * What an archive held: its files in the order of the archive (unpacked, or refused with their reason), how
 * many folders, hidden and system files were passed over, and the bytes unpacked in all.
 */
public record ArchiveContents(List<ArchiveEntry> entries, int skipped, long totalBytes) {

    public ArchiveContents {
        entries = List.copyOf(entries);
    }
}
