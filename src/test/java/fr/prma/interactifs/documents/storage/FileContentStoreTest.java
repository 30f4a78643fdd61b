package fr.prma.interactifs.documents.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileContentStoreTest {

    private static final byte[] MINUTES = "Compte rendu de la réunion départementale".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void contentIsAddressedByItsSha256AndReadBack() throws IOException {
        FileContentStore store = new FileContentStore(root);

        StoredContent stored = store.store(new ByteArrayInputStream(MINUTES), 1_000);

        assertEquals(MINUTES.length, stored.size());
        assertEquals(sha256Hex(MINUTES), stored.sha256());
        try (InputStream in = store.open(stored.sha256())) {
            assertArrayEquals(MINUTES, in.readAllBytes());
        }
        Path file = store.file(stored.sha256());
        assertTrue(file.startsWith(root), "stored under the store's root, never under a name a person gave");
        assertEquals(stored.sha256(), file.getFileName().toString());
    }

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        FileContentStore store = new FileContentStore(root);

        StoredContent first = store.store(new ByteArrayInputStream(MINUTES), 1_000);
        StoredContent second = store.store(MINUTES);

        assertEquals(first, second);
        assertEquals(1, storedFiles().count());
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
        FileContentStore store = new FileContentStore(root);

        ContentTooLargeException refused = assertThrows(ContentTooLargeException.class,
                () -> store.store(new ByteArrayInputStream(new byte[2_001]), 2_000));

        assertEquals(2_000, refused.maxBytes());
        assertEquals(0, storedFiles().count());
        try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
            assertEquals(0, incoming.count(), "no temporary file left behind");
        }
    }

    @Test
    void contentExactlyAtTheLimitIsAccepted() throws IOException {
        FileContentStore store = new FileContentStore(root);

        assertEquals(2_000, store.store(new ByteArrayInputStream(new byte[2_000]), 2_000).size());
    }

    @Test
    void anAddressThatIsNotASha256IsNeverResolvedToAPath() throws IOException {
        FileContentStore store = new FileContentStore(root);

        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
        assertFalse(store.contains("../../etc/passwd"));
        assertThrows(NoSuchFileException.class, () -> store.open("0".repeat(64)));
    }

    @Test
    void unreferencedContentIsRemovedOnlyAfterTheGracePeriod() throws IOException {
        FileContentStore store = new FileContentStore(root);
        StoredContent kept = store.store("gardé".getBytes(StandardCharsets.UTF_8));
        StoredContent old = store.store("ancien, plus référencé".getBytes(StandardCharsets.UTF_8));
        StoredContent recent = store.store("récent, pas encore référencé".getBytes(StandardCharsets.UTF_8));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Files.setLastModifiedTime(store.file(kept.sha256()), FileTime.from(twoDaysAgo));
        Files.setLastModifiedTime(store.file(old.sha256()), FileTime.from(twoDaysAgo));

        int removed = store.removeUnreferenced(Set.of(kept.sha256()), Duration.ofDays(1));

        assertEquals(1, removed);
        assertTrue(store.contains(kept.sha256()));
        assertFalse(store.contains(old.sha256()));
        assertTrue(store.contains(recent.sha256()), "within the grace period: a transaction may be about to use it");
    }

    @Test
    void storingContentAgainProtectsItFromTheNextSweep() throws IOException {
        FileContentStore store = new FileContentStore(root);
        StoredContent stored = store.store(MINUTES);
        Files.setLastModifiedTime(store.file(stored.sha256()), FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        store.store(MINUTES);
        store.removeUnreferenced(Set.of(), Duration.ofDays(1));

        assertTrue(store.contains(stored.sha256()));
    }

    private Stream<Path> storedFiles() throws IOException {
        return Files.find(root, 3, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().matches("[0-9a-f]{64}"));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
