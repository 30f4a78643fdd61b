package fr.prma.interactifs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The files of the ingestion benchmark: French office documents of the seven kinds a cluster deposits
 * ({@link CorpusFormat}), in their usual shares, from notes of a few KB to reports of forty pages, budgets of
 * several sheets and slide decks with photographs, up to a few hundred KB.
 *
 * <p>Made from a seed: the same seed and marker give the same files, byte for byte, whatever the number of
 * threads writing them (each document draws from its own generator, seeded from the corpus seed and its
 * number). Every file holds, somewhere in its text and never in its name or title, the marker word followed by
 * its number, so that a search for the marker counts the files whose text was read and indexed, and no two
 * files are the same.
 */
final class Corpus {

    /** One file of the corpus, and what its depositor says of it. */
    record File(int number, CorpusFormat format, Path path, long size, String title, String category,
            List<String> tags, List<String> bodies, boolean titleGiven) {

        String fileName() {
            return path.getFileName().toString();
        }
    }

    /** The library's categories ({@code rubrique}), by their API codes. */
    private static final List<String> CATEGORIES = List.of("STRATEGIC_WATCH", "INFLUENCE", "ECONOMIC_MODELS",
            "RESEARCH", "CLUSTER_LIFE");
    /** The bodies of the cluster ({@code instances}), by their API codes. */
    private static final List<String> BODIES = List.of("WORKING_GROUP", "DEPARTMENTAL_MEETING",
            "STEERING_COMMITTEE");
    /** Who writes the documents: the demo people of the realm. */
    private static final List<String> AUTHORS = List.of("Nadia Roux", "Julien Moreau", "Camille Durand",
            "Lucie Petit", "Marc Lefebvre", "Inès Garnier", "Paul Girard", "Sarah Blanc", "Thomas Bernard");

    private final Path directory;
    private final long seed;
    private final String marker;
    private final List<File> files;

    private Corpus(Path directory, long seed, String marker, List<File> files) {
        this.directory = directory;
        this.seed = seed;
        this.marker = marker;
        this.files = List.copyOf(files);
    }

    /**
     * Writes a corpus of that many files into the directory, emptied first.
     *
     * @param marker a word of letters only, found in every file's text
     */
    static Corpus generate(Path directory, int documents, long seed, String marker) throws IOException {
        if (!marker.matches("\\p{Lower}{6,}")) {
            throw new IllegalArgumentException("The marker must be six lower-case letters or more: " + marker);
        }
        deleteRecursively(directory);
        Files.createDirectories(directory);
        List<CorpusFormat> formats = formats(documents, seed);
        List<File> files = IntStream.range(0, documents).parallel()
                .mapToObj(i -> write(directory, i + 1, formats.get(i), seed, marker))
                .toList();
        return new Corpus(directory, seed, marker, files);
    }

    /**
     * The format of each document, in deposit order: every format at least once when there are enough documents,
     * the rest shared out in the formats' proportions (largest remainders), then shuffled with the seed so that
     * kinds mix as they do in a real library.
     */
    static List<CorpusFormat> formats(int documents, long seed) {
        CorpusFormat[] all = CorpusFormat.values();
        int[] counts = new int[all.length];
        int floor = documents >= all.length ? 1 : 0;
        int rest = documents - floor * all.length;
        double[] remainders = new double[all.length];
        int given = 0;
        for (int i = 0; i < all.length; i++) {
            double share = rest * all[i].percent() / 100.0;
            counts[i] = floor + (int) share;
            remainders[i] = share - (int) share;
            given += counts[i];
        }
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, all.length).boxed().toList());
        byRemainder.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < documents; k++, given++) {
            counts[byRemainder.get(k % all.length)]++;
        }
        List<CorpusFormat> formats = new ArrayList<>(documents);
        for (int i = 0; i < all.length; i++) {
            formats.addAll(Collections.nCopies(counts[i], all[i]));
        }
        Collections.shuffle(formats, new Random(seed));
        return formats;
    }

    private static File write(Path directory, int number, CorpusFormat format, long corpusSeed, String marker) {
        FrenchText text = new FrenchText(documentSeed(corpusSeed, number));
        String title = text.title();
        String author = AUTHORS.get(text.nextInt(AUTHORS.size()));
        LocalDateTime created = LocalDateTime.of(2015 + text.nextInt(11), 1 + text.nextInt(12), 1 + text.nextInt(28),
                8 + text.nextInt(11), text.nextInt(60));
        // Most documents are short, a few are long: a cubic draw gives a median near an eighth of the largest
        double size = Math.pow(text.nextInt(1_000_000) / 1_000_000.0, 3);
        boolean picture = switch (format) {
            case PDF, DOCX -> text.nextInt(10) < 3;
            case PPTX -> text.nextInt(2) == 0;
            default -> false;
        };
        String markerSentence = "Référence du lot : " + marker + " " + number + ".";
        CorpusWriter.Plan plan = new CorpusWriter.Plan(number, format, title, author, created, size, picture,
                markerSentence);

        String category = CATEGORIES.get(text.nextInt(CATEGORIES.size()));
        List<String> tags = new ArrayList<>();
        for (int t = text.nextInt(4); t > 0; t--) {
            tags.add(text.title().split(" ")[0].toLowerCase(Locale.FRENCH));
        }
        // Most documents are for the whole cluster; some for one or two bodies
        List<String> bodies = new ArrayList<>();
        if (text.nextInt(5) == 0) {
            bodies.add(BODIES.get(text.nextInt(BODIES.size())));
            if (text.nextInt(3) == 0) {
                String second = BODIES.get(text.nextInt(BODIES.size()));
                if (!bodies.contains(second)) {
                    bodies.add(second);
                }
            }
        }
        boolean titleGiven = text.nextInt(3) == 0;

        byte[] content = CorpusWriter.write(text, plan);
        Path path = directory.resolve(String.format(Locale.ROOT, "%04d-%s.%s", number, slug(title),
                format.extension()));
        try {
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(number, format, path, content.length, title, category, List.copyOf(tags),
                List.copyOf(bodies), titleGiven);
    }

    /** A seed of its own for each document, spread from the corpus seed (the constant is 2^64 over phi). */
    private static long documentSeed(long corpusSeed, int number) {
        return corpusSeed * 0x9E3779B97F4A7C15L + number;
    }

    /** A file name from a title: lower case, no accents, words joined by hyphens. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() <= 50 ? slug : slug.substring(0, 50).replaceAll("-$", "");
    }

    List<File> files() {
        return files;
    }

    Path directory() {
        return directory;
    }

    long seed() {
        return seed;
    }

    String marker() {
        return marker;
    }

    long bytes() {
        return files.stream().mapToLong(File::size).sum();
    }

    double megabytes() {
        return bytes() / 1_000_000.0;
    }

    /** Files and bytes of each format present, in the formats' order. */
    Map<CorpusFormat, long[]> byFormat() {
        Map<CorpusFormat, long[]> totals = new EnumMap<>(CorpusFormat.class);
        for (File file : files) {
            long[] total = totals.computeIfAbsent(file.format(), f -> new long[2]);
            total[0]++;
            total[1] += file.size();
        }
        return totals;
    }

    /** One line per format, and the whole: files, MB, smallest, median and largest file. */
    String describe() {
        StringBuilder table = new StringBuilder();
        table.append("| Type | Fichiers | Mo | Plus petit (Ko) | Médian (Ko) | Plus grand (Ko) |\n");
        table.append("|---|---:|---:|---:|---:|---:|\n");
        for (CorpusFormat format : CorpusFormat.values()) {
            List<Long> sizes = files.stream().filter(f -> f.format() == format).map(File::size).sorted().toList();
            if (!sizes.isEmpty()) {
                table.append(row(format.extension().toUpperCase(Locale.ROOT), sizes));
            }
        }
        table.append(row("**Total**", files.stream().map(File::size).sorted().toList()));
        return table.toString();
    }

    private static String row(String label, List<Long> sortedSizes) {
        long total = sortedSizes.stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.FRANCE, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", label, sortedSizes.size(),
                total / 1_000_000.0, sortedSizes.get(0) / 1000.0, sortedSizes.get(sortedSizes.size() / 2) / 1000.0,
                sortedSizes.get(sortedSizes.size() - 1) / 1000.0);
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
