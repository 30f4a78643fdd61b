package fr.prma.interactifs.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.prma.interactifs.documents.extraction.ExtractionSettings;
import fr.prma.interactifs.documents.extraction.ForkedTikaExtractor;

/**
 * Runs {@link TikaAlone} on a corpus and reads its figures. The Tika configuration is the one the product's
 * extractor writes for its workers: a {@link ForkedTikaExtractor} is made with the product's default settings for
 * the same number of workers and closed at once (no worker is started), leaving its {@code tika-config.xml}. The
 * JVM gets the worker's options: the serial collector and, since its threads share one heap where the product
 * gives each worker its own, the workers' heaps added up.
 */
final class TikaBaseline {

    /** A baseline run taking longer than this has hung. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern RESULT = Pattern.compile("^RESULT (.*)$", Pattern.MULTILINE);

    /**
     * What Tika alone did with one corpus: files read, how many showed the marker, failures, the time of the
     * reading and the processor time it took; {@code startup} is the JVM's start and the loading of the
     * configuration, before any reading.
     */
    record Result(int threads, int heapMegabytes, int maxCharacters, int files, int found, int failed, int truncated,
            long characters, Duration elapsed, Duration processorTime, Duration startup, long bytes) {

        double documentsPerSecond() {
            return files / seconds();
        }

        double megabytesPerSecond() {
            return bytes / 1_000_000.0 / seconds();
        }

        double seconds() {
            return elapsed.toNanos() / 1e9;
        }
    }

    private TikaBaseline() {
    }

    /**
     * Reads every file of the corpora with Tika alone on that many threads, one corpus after the other (a warm-up,
     * then the measure), in a JVM started for it.
     *
     * @param workerClassPath the jars of the product's extraction worker ({@code target/runtime/tika})
     * @param workDirectory   emptied, then given the configuration, the lists of files and the JVM's log
     * @return the figures of each corpus, in the same order
     */
    static List<Result> run(List<Corpus> corpora, int threads, Path workerClassPath, Path workDirectory)
            throws IOException, InterruptedException {
        Corpus.deleteRecursively(workDirectory);
        Files.createDirectories(workDirectory);
        ExtractionSettings settings = ExtractionSettings.defaults(workerClassPath, workDirectory,
                workDirectory.resolve("extraction")).withWorkers(threads);
        new ForkedTikaExtractor(settings).close();
        Path configuration = settings.workDirectory().resolve("tika-config.xml");
        if (!Files.isRegularFile(configuration)) {
            throw new IllegalStateException("ForkedTikaExtractor no longer writes " + configuration
                    + ": the baseline needs the workers' Tika configuration");
        }
        Path temporary = Files.createDirectories(workDirectory.resolve("tmp"));
        Path fontCache = Files.createDirectories(workDirectory.resolve("pdfbox-fontcache"));
        Path log = workDirectory.resolve("tika-alone.log");

        int heapMegabytes = settings.workerMaxHeapMegabytes() * threads;
        List<String> command = new ArrayList<>(List.of(ExtractionSettings.runningJava().toString(),
                "-Xmx" + heapMegabytes + "m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + temporary,
                "-Dpdfbox.fontcache=" + fontCache, "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", workerClassPath.toAbsolutePath().resolve("*") + File.pathSeparator + testClasses(),
                TikaAlone.class.getName(), configuration.toString(), Integer.toString(settings.maxCharacters()),
                Integer.toString(settings.maxEmbeddedDocuments()), Integer.toString(threads)));
        for (int i = 0; i < corpora.size(); i++) {
            Corpus corpus = corpora.get(i);
            command.add(Files.write(workDirectory.resolve("files-" + i + ".txt"), corpus.files().stream()
                    .map(file -> file.path().toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8)
                    .toString());
            command.add(corpus.marker());
        }
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Tika seul n'a pas fini en " + TIMEOUT.toMinutes() + " min.");
            }
        } finally {
            process.destroyForcibly();
        }
        List<Result> results = new ArrayList<>();
        Matcher line = RESULT.matcher(output);
        for (int i = 0; i < corpora.size() && line.find(); i++) {
            Map<String, String> values = List.of(line.group(1).split(" ")).stream()
                    .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
            results.add(new Result(threads, heapMegabytes, settings.maxCharacters(),
                    Integer.parseInt(values.get("files")), Integer.parseInt(values.get("found")),
                    Integer.parseInt(values.get("failed")), Integer.parseInt(values.get("truncated")),
                    Long.parseLong(values.get("characters")),
                    Duration.ofNanos(Long.parseLong(values.get("elapsedNanos"))),
                    Duration.ofNanos(Long.parseLong(values.get("cpuNanos"))),
                    Duration.ofMillis(Long.parseLong(values.get("startupMillis"))), corpora.get(i).bytes()));
        }
        if (process.exitValue() != 0 || results.size() != corpora.size()) {
            throw new IllegalStateException("Tika seul a échoué (code " + process.exitValue() + ") : voir " + log
                    + "\n" + output);
        }
        return results;
    }

    /** Where {@link TikaAlone} was compiled to: the test classes directory. */
    private static Path testClasses() {
        try {
            return Path.of(TikaAlone.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
