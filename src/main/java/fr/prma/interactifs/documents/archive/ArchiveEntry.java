package fr.prma.interactifs.documents.archive;

/**
 * A file found in an archive: its number (its unpacked file's name, {@code files/<number>}), its clean path,
 * the bytes it unpacked to, and, when it was not unpacked, why.
 *
 * @param refusal null when the file was unpacked; else the bundle key of the reason (its parameter is the path)
 */
public record ArchiveEntry(int number, ArchivePath path, long size, String refusal) {

    /** An archive inside the archive: not expanded. */
    public static final String NESTED_ARCHIVE = "document.import.refusal.nestedArchive";
    /** A path that would leave the archive's root. */
    public static final String UNSAFE_PATH = "document.import.refusal.unsafePath";

    public boolean unpacked() {
        return refusal == null;
    }
}
