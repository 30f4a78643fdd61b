package fr.prma.interactifs.documents.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @Test
    void aFilesNameInTheStoreIsTheSha256OfItsContentInLowerCaseHexadecimal(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.of(file));
    }
}
