package fr.prma.interactifs.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingestion corpus: reproducible from its seed, of distinct files in the formats' shares, and readable by
 * Tika with the marker in every file's text (the extraction worker's class path comes from the build,
 * {@code interactifs.test.tikaClasspath}).
 */
class CorpusTest {

    private static final long SEED = 7;
    private static final String MARKER = "lotessaicorpus";

    @TempDir
    Path root;

    @Test
    void theSameSeedAndMarkerGiveTheSameFilesByteForByte() throws Exception {
        Corpus first = Corpus.generate(root.resolve("a"), 14, SEED, MARKER);
        Corpus second = Corpus.generate(root.resolve("b"), 14, SEED, MARKER);

        assertEquals(names(first), names(second));
        for (int i = 0; i < 14; i++) {
            assertArrayEquals(Files.readAllBytes(first.files().get(i).path()),
                    Files.readAllBytes(second.files().get(i).path()), first.files().get(i).fileName());
        }
    }

    @Test
    void anotherSeedGivesOtherFiles() throws Exception {
        Set<String> seven = digests(Corpus.generate(root.resolve("a"), 14, SEED, MARKER));
        Set<String> eight = digests(Corpus.generate(root.resolve("b"), 14, SEED + 1, MARKER));

        assertTrue(seven.stream().noneMatch(eight::contains));
    }

    @Test
    void everyFileIsDistinctAndNamedWithoutTheMarker() throws Exception {
        Corpus corpus = Corpus.generate(root, 40, SEED, MARKER);

        assertEquals(40, digests(corpus).size());
        assertTrue(corpus.files().stream().noneMatch(f -> f.fileName().contains(MARKER) || f.title().contains(MARKER)));
        assertEquals(corpus.files().stream().mapToLong(f -> f.path().toFile().length()).sum(), corpus.bytes());
    }

    @Test
    void formatsComeInTheirSharesAndAllOfThemEvenInATinyCorpus() {
        Map<CorpusFormat, Long> thousand = counts(Corpus.formats(1000, SEED));
        for (CorpusFormat format : CorpusFormat.values()) {
            // one of each first, then the shares of the 993 others, rounded
            assertEquals(1 + format.percent() * 993 / 100.0, thousand.get(format), 1.0, format.name());
        }
        assertEquals(1000, thousand.values().stream().mapToLong(Long::longValue).sum());

        assertEquals(EnumSet.allOf(CorpusFormat.class), counts(Corpus.formats(7, SEED)).keySet());
        assertEquals(3, Corpus.formats(3, SEED).size());
        assertFalse(Corpus.formats(1000, SEED).equals(Corpus.formats(1000, SEED + 1)), "shuffled with the seed");
    }

    @Test
    void tikaReadsTheMarkerInEveryFileOfEveryFormat() throws Exception {
        Corpus corpus = Corpus.generate(root.resolve("corpus"), 7, SEED, MARKER);

        TikaBaseline.Result result = TikaBaseline.run(List.of(corpus), 1, tikaClassPath(), root.resolve("tika"))
                .get(0);

        assertEquals(7, result.files());
        assertEquals(0, result.failed());
        assertEquals(7, result.found());
        assertTrue(result.characters() > 7 * 500, "text read: " + result.characters());
    }

    private static Path tikaClassPath() {
        String path = System.getProperty("interactifs.test.tikaClasspath");
        return path != null ? Path.of(path) : Path.of("target", "runtime", "tika");
    }

    private static List<String> names(Corpus corpus) {
        return corpus.files().stream().map(Corpus.File::fileName).toList();
    }

    private static Map<CorpusFormat, Long> counts(List<CorpusFormat> formats) {
        return formats.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Set<String> digests(Corpus corpus) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Set<String> digests = new java.util.HashSet<>();
        for (Corpus.File file : corpus.files()) {
            digests.add(HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(file.path()))));
        }
        return digests;
    }
}
