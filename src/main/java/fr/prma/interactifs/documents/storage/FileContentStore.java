package fr.prma.interactifs.documents.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content store on local disk: {@code <root>/ab/cd/abcd…} for content whose SHA-256 starts with
 * {@code abcd}. Content is first written to {@code <root>/incoming/}, forced to disk, then renamed into place
 * (an atomic rename on one file system), so a crash leaves either the whole file or none under its address;
 * leftovers in {@code incoming/} are only ever temporary files.
 */
public class FileContentStore implements ContentStore {

    private static final Pattern ADDRESS = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    public FileContentStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        Files.createDirectories(incoming);
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredContent store(InputStream content, long maxBytes) throws IOException {
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                            digest)) {
                byte[] buffer = new byte[BUFFER];
                for (int read; (read = content.read(buffer)) != -1;) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ContentTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(temporary, pathOf(sha256));
            return new StoredContent(sha256, size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public StoredContent store(byte[] content) throws IOException {
        return store(new ByteArrayInputStream(content), content.length);
    }

    private void moveIntoPlace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            // Same address, same bytes: keep the file already there, and make it look recent so that an
            // unreferenced-content sweep running now does not take it from the transaction about to use it.
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException concurrentlyStored) {
            // Another upload of the same content won the race; its file is identical.
        } catch (AtomicMoveNotSupportedException impossible) {
            throw new IOException("The content store needs a file system with atomic renames: " + root,
                    impossible);
        }
        forceDirectory(target.getParent());
    }

    /** Makes the rename itself durable (where the platform allows opening a directory). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Some platforms cannot open directories; the rename is then as durable as the OS makes it.
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(file(sha256));
    }

    @Override
    public Path file(String sha256) throws IOException {
        Path path = pathOf(sha256);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(sha256);
        }
        return path;
    }

    @Override
    public boolean contains(String sha256) {
        return ADDRESS.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public int removeUnreferenced(Set<String> referenced, Duration grace) throws IOException {
        Instant before = Instant.now().minus(grace);
        int removed = 0;
        try (Stream<Path> files = Files.find(root, 3, (path, attributes) -> attributes.isRegularFile()
                && !path.startsWith(incoming) && ADDRESS.matcher(path.getFileName().toString()).matches())) {
            for (Path path : (Iterable<Path>) files::iterator) {
                if (!referenced.contains(path.getFileName().toString())
                        && Files.getLastModifiedTime(path).toInstant().isBefore(before)) {
                    Files.deleteIfExists(path);
                    removed++;
                }
            }
        }
        // Temporary files of uploads that a crash interrupted.
        try (Stream<Path> leftovers = Files.list(incoming)) {
            for (Path path : (Iterable<Path>) leftovers::iterator) {
                if (Files.getLastModifiedTime(path).toInstant().isBefore(before)) {
                    Files.deleteIfExists(path);
                }
            }
        }
        return removed;
    }

    private Path pathOf(String sha256) {
        if (!ADDRESS.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 address: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
