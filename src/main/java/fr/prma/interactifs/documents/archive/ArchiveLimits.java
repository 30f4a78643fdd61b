package fr.prma.interactifs.documents.archive;

/**
 * What an archive may hold before it is taken for a "zip bomb" and refused whole: how many entries, how many
 * bytes once unpacked, and how much one entry may grow from its compressed bytes. Each is measured while
 * reading, never taken from the sizes the archive declares.
 *
 * @param maxEntries          entries of every kind (files, folders, skipped ones) the archive may list
 * @param maxTotalBytes       bytes all entries may unpack to together
 * @param maxRatio            how many times its compressed bytes an entry may unpack to...
 * @param ratioFreeBytes      ...once it has unpacked to more than this (small, very repetitive files are fine)
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFreeBytes) {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MAX_RATIO = 100;
    public static final long DEFAULT_RATIO_FREE_BYTES = 1024 * 1024;

    public ArchiveLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFreeBytes < 0) {
            throw new IllegalArgumentException("Archive limits must be positive");
        }
    }

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_RATIO,
                DEFAULT_RATIO_FREE_BYTES);
    }

    public long maxTotalMegabytes() {
        return maxTotalBytes / (1024 * 1024);
    }
}
