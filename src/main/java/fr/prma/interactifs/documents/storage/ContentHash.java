package fr.prma.interactifs.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name the content store gives a content: the SHA-256 of its bytes in lower-case hexadecimal. For files
 * outside the store (an unpacked archive, a folder the command line imports) that must be recognised by it; plain
 * JDK, so that the command line can use it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The SHA-256 of a file's content, in lower-case hexadecimal. */
    public static String of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
