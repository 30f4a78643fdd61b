package fr.prma.interactifs.documents.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import fr.prma.interactifs.platform.service.BusinessException;

class ZipArchiveReaderTest {

    @TempDir
    Path temp;

    private final ZipArchiveReader reader = new ZipArchiveReader(ArchiveLimits.defaults());

    private Path zip(Map<String, byte[]> entries) throws IOException {
        return zip(entries, StandardCharsets.UTF_8);
    }

    private Path zip(Map<String, byte[]> entries, Charset names) throws IOException {
        Path file = Files.createTempFile(temp, "archive", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Path target() throws IOException {
        return Files.createTempDirectory(temp, "import");
    }

    private static long filesUnder(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(BusinessException.class, action).messageKey());
    }

    @Test
    void aFolderTreeIsUnpackedUnderNumbersWithItsCleanPaths() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Archives PRMA/", new byte[0]);
        entries.put("Archives PRMA/Comptes rendus/", new byte[0]);
        entries.put("Archives PRMA/Comptes rendus/Réunion départementale 🎸.txt", text("Compte rendu"));
        entries.put("Archives PRMA/Études/2019/Étude d’impact.txt", text("Étude"));
        entries.put("Archives PRMA/Études/.DS_Store", text("junk"));
        entries.put("__MACOSX/Archives PRMA/._Études", text("junk"));
        entries.put("Archives PRMA/Thumbs.db", text("junk"));
        entries.put("../../../etc/passwd", text("root:x:0:0"));
        entries.put("Archives PRMA/Études/anciens.zip", text("PK not expanded"));
        entries.put("Archives PRMA/bi\u0007zarre\u0000.txt", text("bizarre"));
        Path target = target();

        ArchiveContents contents = reader.unpack(zip(entries), target);

        assertEquals(List.of("Archives PRMA/Comptes rendus/Réunion départementale 🎸.txt",
                "Archives PRMA/Études/2019/Étude d’impact.txt", "../../../etc/passwd", "Archives PRMA/Études/anciens.zip",
                "Archives PRMA/bizarre.txt"), contents.entries().stream().map(e -> e.path().text()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), contents.entries().stream().map(ArchiveEntry::number).toList());
        assertEquals(Arrays.asList(null, null, ArchiveEntry.UNSAFE_PATH, ArchiveEntry.NESTED_ARCHIVE, null),
                contents.entries().stream().map(ArchiveEntry::refusal).toList());
        assertEquals(5, contents.skipped(), "two folders, .DS_Store, the __MACOSX twin, Thumbs.db");
        assertArrayEquals(text("Compte rendu"), Files.readAllBytes(ZipArchiveReader.fileOf(target, 1)));
        assertArrayEquals(text("bizarre"), Files.readAllBytes(ZipArchiveReader.fileOf(target, 5)));
        assertEquals(3, filesUnder(target), "only the accepted files are written, under the target, by number");
        assertEquals(text("root:x:0:0").length, contents.entries().get(2).size());
        assertTrue(Files.notExists(temp.resolve("etc")) && Files.notExists(target.resolve("etc")));
        assertEquals(entries.values().stream().mapToLong(b -> b.length).sum(), contents.totalBytes());
    }

    @Test
    void namesWrittenInTheDosCodePageOfWindowsAreReadRight() throws IOException {
        Path archive = zip(Map.of("Réunions/Procès-verbal été.txt", text("PV")), Charset.forName("IBM850"));

        ArchiveContents contents = reader.unpack(archive, target());

        assertEquals("Réunions/Procès-verbal été.txt", contents.entries().get(0).path().text());
    }

    @Test
    void aZipBombIsRefusedWholeAndNothingIsLeft() throws IOException {
        Path bomb = temp.resolve("bombe.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putNextEntry(new ZipEntry("Sain/premier.txt"));
            out.write(text("Un fichier sain avant la bombe"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("Sain/zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "200 MB in a few hundred KB: " + Files.size(bomb));
        Path target = target();

        assertRefused("document.import.error.ratio", () -> reader.unpack(bomb, target));
        assertEquals(0, filesUnder(target), "nothing of the archive is kept, not even the sound file before");
    }

    @Test
    void tooManyBytesInAllAreRefusedEvenAtAnHonestRatio() throws IOException {
        ZipArchiveReader strict = new ZipArchiveReader(new ArchiveLimits(100, 1000, 100, 0));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] noise = new byte[400];
            new java.util.Random(i).nextBytes(noise);
            entries.put("bruit" + i + ".bin", noise);
        }
        Path target = target();

        assertRefused("document.import.error.tooLargeUnpacked", () -> strict.unpack(zip(entries), target));
        assertEquals(0, filesUnder(target));
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        ZipArchiveReader strict = new ZipArchiveReader(new ArchiveLimits(10, 1_000_000, 100, 1024));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("note" + i + ".txt", text("note " + i));
        }
        assertRefused("document.import.error.tooManyEntries", () -> strict.unpack(zip(entries), target()));

        entries.remove("note10.txt");
        assertEquals(10, strict.unpack(zip(entries), target()).entries().size(), "the limit itself is allowed");
    }

    @Test
    void whatIsNotAZipOrIsBrokenIsRefusedWhole() throws IOException {
        Path pdf = Files.write(temp.resolve("faux.zip"), text("%PDF-1.4 not an archive"));
        assertRefused("document.import.error.notZip", () -> reader.unpack(pdf, target()));
        Path nothing = Files.write(temp.resolve("vide.zip"), new byte[0]);
        assertRefused("document.import.error.notZip", () -> reader.unpack(nothing, target()));

        ByteArrayOutputStream emptyZip = new ByteArrayOutputStream();
        new ZipOutputStream(emptyZip).close();
        Path empty = Files.write(temp.resolve("rien.zip"), emptyZip.toByteArray());
        assertRefused("document.import.error.empty", () -> reader.unpack(empty, target()));
        Path onlyFolders = zip(Map.of("Dossier/", new byte[0], "Dossier/.DS_Store", text("x")));
        assertRefused("document.import.error.empty", () -> reader.unpack(onlyFolders, target()));

        byte[] sound = Files.readAllBytes(zip(Map.of("a.txt", text("Le texte d’un fichier. ".repeat(2000)),
                "b.txt", text("Un autre."))));
        Path truncated = Files.write(temp.resolve("coupe.zip"), Arrays.copyOf(sound, sound.length / 3));
        Path target = target();
        assertRefused("document.import.error.corrupt", () -> reader.unpack(truncated, target));
        assertEquals(0, filesUnder(target));

        byte[] damaged = sound.clone();
        for (int i = 60; i < 200; i++) {
            damaged[i] ^= 0x5a;
        }
        Path garbled = Files.write(temp.resolve("abime.zip"), damaged);
        assertRefused("document.import.error.corrupt", () -> reader.unpack(garbled, target()));
    }
}
