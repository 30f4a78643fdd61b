package fr.prma.interactifs.documents.archive;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import fr.prma.interactifs.platform.service.BusinessException;

/**
 * Unpacks a zip archive safely, in plain Java ({@code java.util.zip}), into a directory of its own.
 * <ul>
 * <li>Every entry is read through the same counting loop, kept or not, so that its real size is known: the
 * sizes the archive declares are never trusted. Too many entries, too many bytes in all, or an entry that grows
 * more than {@link ArchiveLimits#maxRatio()} times its compressed bytes refuse the whole archive (a "zip
 * bomb"), and nothing of it is kept.</li>
 * <li>Files are written as {@code files/000001}, {@code files/000002}…: no name from the archive ever reaches
 * the file system, so no entry can land outside the directory. Names are cleaned for display
 * ({@link ArchivePath}); a name that climbs out of the archive ({@code ../}) is refused.</li>
 * <li>Folders, hidden files and system litter ({@code __MACOSX/}, {@code .DS_Store}, {@code Thumbs.db}) are
 * passed over; archives inside the archive are not expanded but refused, with their reason.</li>
 * <li>Names are UTF-8 when the archive says so; the zip tool of Windows writes them in the DOS code page of
 * the machine (850 in France) without saying: when they are not valid UTF-8 the archive is read again so.</li>
 * </ul>
 * Not a zip, a corrupt zip, an empty one: refused whole with a {@link BusinessException} whose key says which.
 */
public final class ZipArchiveReader {

    /** The code page of the zip tool of French Windows, for names not marked as UTF-8. */
    static final Charset DOS_NAMES = Charset.isSupported("IBM850") ? Charset.forName("IBM850")
            : StandardCharsets.ISO_8859_1;

    public static final String FILES = "files";
    private static final int BUFFER = 64 * 1024;

    private final ArchiveLimits limits;

    public ZipArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Where the unpacked file of an entry lies, under the directory given to {@link #unpack}. */
    public static Path fileOf(Path directory, int number) {
        return directory.resolve(FILES).resolve(String.format(java.util.Locale.ROOT, "%06d", number));
    }

    /**
     * Unpacks the archive into {@code directory}{@code /files/}.
     *
     * @throws BusinessException when the archive is refused whole; {@code files/} is then left empty
     */
    public ArchiveContents unpack(Path archive, Path directory) throws IOException {
        requireZip(archive);
        try {
            try {
                return unpack(archive, directory, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notUtf8) {
                // ZipInputStream reports a name that is not valid UTF-8 so: read it again in the DOS code page.
                clear(directory);
                return unpack(archive, directory, DOS_NAMES);
            }
        } catch (IllegalArgumentException unreadable) {
            clear(directory);
            throw new BusinessException("document.import.error.corrupt");
        } catch (IOException | RuntimeException refused) {
            clear(directory);
            throw refused;
        }
    }

    private static void requireZip(Path archive) throws IOException {
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(archive)) {
            read = in.readNBytes(start, 0, 4);
        }
        boolean zip = read == 4 && start[0] == 'P' && start[1] == 'K';
        if (zip && start[2] == 5 && start[3] == 6) {
            throw new BusinessException("document.import.error.empty");
        }
        if (!zip || start[2] != 3 || start[3] != 4) {
            throw new BusinessException("document.import.error.notZip");
        }
    }

    private ArchiveContents unpack(Path archive, Path directory, Charset names) throws IOException {
        Files.createDirectories(directory.resolve(FILES));
        List<ArchiveEntry> entries = new ArrayList<>();
        int skipped = 0;
        int seen = 0;
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (CountingInputStream raw = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(archive), BUFFER));
                ZipInputStream zip = new ZipInputStream(raw, names)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (++seen > limits.maxEntries()) {
                    throw new BusinessException("document.import.error.tooManyEntries", limits.maxEntries());
                }
                ArchivePath.Reading reading = ArchivePath.read(entry.getName());
                ArchivePath kept = reading instanceof ArchivePath.Kept k ? k.path() : null;
                boolean write = kept != null && !kept.isArchive();
                int number = entries.size() + 1;
                long compressedBefore = raw.count();
                long size = 0;
                try (OutputStream out = write ? Files.newOutputStream(fileOf(directory, number)) : OutputStream.nullOutputStream()) {
                    for (int n; (n = zip.read(buffer)) != -1;) {
                        size += n;
                        total += n;
                        if (total > limits.maxTotalBytes()) {
                            throw new BusinessException("document.import.error.tooLargeUnpacked",
                                    limits.maxTotalMegabytes());
                        }
                        // The compressed bytes really read so far (give or take the buffers), not the declared ones.
                        long compressed = Math.max(1, raw.count() - compressedBefore);
                        if (size > limits.ratioFreeBytes() && size / compressed > limits.maxRatio()) {
                            throw new BusinessException("document.import.error.ratio",
                                    kept != null ? kept.text() : ArchivePath.clean(entry.getName()),
                                    limits.maxRatio());
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (reading instanceof ArchivePath.Unsafe unsafe) {
                    entries.add(new ArchiveEntry(number, new ArchivePath(List.of(), unsafe.shown()), size,
                            ArchiveEntry.UNSAFE_PATH));
                } else if (kept == null) {
                    skipped++;
                } else {
                    entries.add(new ArchiveEntry(number, kept, size, write ? null : ArchiveEntry.NESTED_ARCHIVE));
                }
            }
        } catch (ZipException | EOFException corrupt) {
            throw new BusinessException("document.import.error.corrupt");
        }
        if (entries.isEmpty()) {
            throw new BusinessException("document.import.error.empty");
        }
        return new ArchiveContents(entries, skipped, total);
    }

    /** Removes what an attempt unpacked. */
    private static void clear(Path directory) throws IOException {
        Path files = directory.resolve(FILES);
        if (!Files.isDirectory(files)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(files)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Counts the bytes read from the archive file: the compressed bytes each entry really took. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
