package fr.prma.interactifs.documents.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

/**
 * Reads documents with Apache Tika in separate JVMs, the workers, so that a hostile or broken file (parser bug,
 * endless loop, memory exhaustion, zip bomb, crash) can at worst lose its own extraction: the application
 * server's JVM never runs a parser.
 *
 * <p>Built on Tika's pipes ({@link PipesParser}): each worker is a {@code PipesServer} started with the class
 * path of {@link ExtractionSettings#workerClassPath()}, a capped heap, and an empty environment (POSIX systems:
 * through a small launcher script), so that none of the server's variables, passwords included, reaches the
 * parsers. A worker reads the file itself from {@link ExtractionSettings#baseDirectory()} and nowhere else, and
 * sends back the text and the properties, which this JVM reads through {@link WorkerAnswerFilter}. A worker that
 * times out, runs out of memory or dies is killed and the next extraction starts a fresh one. Workers start on
 * the first extraction (a few seconds) and stop after five idle minutes.
 *
 * <p>Thread-safe: up to {@link ExtractionSettings#workers()} documents are read at once, further callers wait
 * for a free worker. Plain Java: the application creates one and closes it on shutdown; {@link #close()} kills
 * the workers and leaves no process behind.
 */
public final class ForkedTikaExtractor implements TextExtractor {

    private static final Logger LOG = Logger.getLogger(ForkedTikaExtractor.class.getName());

    /** The jar of the language detector; language detection is on when the worker class path holds it. */
    private static final String LANGUAGE_DETECTOR_JAR = "tika-langdetect-opennlp-";
    /** A worker may take this long to start (class loading, language model) on a loaded 2-core server. */
    private static final long STARTUP_TIMEOUT_MILLIS = 120_000;
    /** An idle worker exits after this long, giving back its memory; the next extraction starts one. */
    private static final long IDLE_WORKER_MILLIS = 300_000;
    /** A worker is replaced after this many files, so that slow leaks in parsers never add up. */
    private static final int FILES_PER_WORKER = 1_000;
    /** How long {@link #close()} lets extractions under way end once their workers are killed. */
    private static final long CLOSE_DRAIN_SECONDS = 10;

    private final ExtractionSettings settings;
    private final Path baseDirectory;
    private final Path temporaryDirectory;
    private final PipesParser pipes;
    private final ResultMapper mapper;
    /** Extractions hold it shared; {@link #close()} takes it alone to wait for them. */
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /**
     * Prepares the workers (generated configuration in the work directory); none is started yet.
     *
     * @throws IllegalArgumentException when the worker class path holds no tika-core, or a directory is missing
     * @throws UncheckedIOException     when the work directory cannot be written
     */
    public ForkedTikaExtractor(ExtractionSettings settings) {
        WorkerAnswerFilter.install();
        this.settings = settings;
        Path classPath = settings.workerClassPath().toAbsolutePath().normalize();
        requireSameTikaCore(classPath);
        if (!Files.isDirectory(settings.baseDirectory())) {
            throw new IllegalArgumentException("No directory " + settings.baseDirectory());
        }
        boolean detectLanguage = settings.detectLanguage() && containsJar(classPath, LANGUAGE_DETECTOR_JAR);
        try {
            this.baseDirectory = settings.baseDirectory().toRealPath();
            Path work = Files.createDirectories(settings.workDirectory()).toRealPath();
            this.temporaryDirectory = work.resolve("tmp");
            emptyDirectory(temporaryDirectory);
            Files.createDirectories(temporaryDirectory);
            Path fontCache = Files.createDirectories(work.resolve("pdfbox-fontcache"));
            Path loggingConfig = write(work.resolve("worker-logging.properties"), WorkerFiles.julConfig());
            Path launcher = writeLauncher(work);
            List<String> jvmArgs = workerJvmArgs(classPath, fontCache, loggingConfig);
            Path configFile = write(work.resolve("tika-config.xml"), WorkerFiles.tikaConfig(settings,
                    baseDirectory, launcher, jvmArgs, detectLanguage, STARTUP_TIMEOUT_MILLIS, IDLE_WORKER_MILLIS,
                    FILES_PER_WORKER, maxWaitForWorkerMillis(settings)));
            PipesConfig config = PipesConfig.load(configFile);
            this.pipes = new PipesParser(config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the extraction workers in " + settings.workDirectory(),
                    e);
        } catch (TikaConfigException e) {
            throw new IllegalStateException("Generated Tika configuration rejected", e);
        }
        this.mapper = new ResultMapper(settings.maxCharacters(), settings.timeout());
        LOG.info(() -> "Text extraction: " + settings.workers() + " worker(s), -Xmx"
                + settings.workerMaxHeapMegabytes() + "m, " + settings.timeout().toSeconds() + " s per document"
                + (detectLanguage ? ", language detection" : ", no language detection") + ", class path "
                + classPath);
    }

    /**
     * {@inheritDoc}
     *
     * @param file a regular file under the base directory of the settings
     * @throws IllegalArgumentException when the file is not a regular file under the base directory
     * @throws IllegalStateException    when the extractor is closed
     */
    @Override
    public ExtractionResult extract(Path file) throws InterruptedException {
        String fetchKey = fetchKey(file);
        if (!running.readLock().tryLock()) {
            throw new IllegalStateException("Extractor closed");
        }
        try {
            if (closed) {
                throw new IllegalStateException("Extractor closed");
            }
            ParseContext context = new ParseContext();
            // One text for the file and what it holds (attachments, archive entries), which is what a search
            // needs; the properties are the file's own. At the write limit the parse stops and the text is cut.
            context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
                    HandlerConfig.PARSE_MODE.CONCATENATE, settings.maxCharacters(), settings.maxEmbeddedDocuments(),
                    true));
            // EMIT: a file whose parse failed still comes back with its type and the exception
            FetchEmitTuple tuple = new FetchEmitTuple(UUID.randomUUID().toString(),
                    new FetchKey(WorkerFiles.FETCHER, fetchKey), new EmitKey(), new Metadata(), context,
                    FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
            PipesResult result;
            try {
                result = pipes.parse(tuple);
            } catch (IOException | PipesException | RuntimeException e) {
                // The worker could not be started or talked to; after close(), what the killed worker left
                if (closed) {
                    return ResultMapper.workerFailed(null, "extractor closed during the extraction");
                }
                LOG.log(Level.WARNING, "Extraction worker failure for " + fetchKey, e);
                return ResultMapper.workerFailed(null, e.toString());
            }
            ExtractionResult extraction = mapper.map(result);
            if (extraction.outcome() == ExtractionOutcome.FAILED) {
                LOG.fine(() -> "Extraction of " + fetchKey + " failed: " + extraction.failure() + ", "
                        + extraction.detail());
            }
            return extraction;
        } finally {
            running.readLock().unlock();
        }
    }

    /**
     * Kills the workers. Extractions under way end with {@link ExtractionFailure#WORKER_FAILED}; later calls of
     * {@link #extract} throw. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeWorkers();
        boolean drained = false;
        try {
            drained = running.writeLock().tryLock(CLOSE_DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Once more: a worker an extraction under way was starting as the first call killed the others
        closeWorkers();
        if (!drained) {
            LOG.warning("Text extraction closed while extractions were still under way");
        }
        emptyDirectory(temporaryDirectory);
    }

    /** The settings this extractor runs with. */
    public ExtractionSettings settings() {
        return settings;
    }

    private void closeWorkers() {
        try {
            pipes.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop an extraction worker", e);
        }
    }

    /** The file's path relative to the base directory, as the worker's fetcher resolves it. */
    private String fetchKey(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("No such file: " + file, e);
        }
        if (!real.startsWith(baseDirectory) || real.equals(baseDirectory)) {
            throw new IllegalArgumentException(file + " is not under " + baseDirectory);
        }
        if (!Files.isRegularFile(real)) {
            throw new IllegalArgumentException("Not a regular file: " + file);
        }
        return baseDirectory.relativize(real).toString();
    }

    private List<String> workerJvmArgs(Path classPath, Path fontCache, Path loggingConfig) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + settings.workerMaxHeapMegabytes() + "m");
        // One parse at a time in a small heap: the serial collector is the lightest, in threads and memory
        args.add("-XX:+UseSerialGC");
        // No hsperfdata file in the shared /tmp
        args.add("-XX:-UsePerfData");
        args.add("-Djava.awt.headless=true");
        args.add("-Dfile.encoding=UTF-8");
        // Temporary files of a killed worker stay in a directory this extractor empties
        args.add("-Djava.io.tmpdir=" + temporaryDirectory);
        // PDFBox scans the system fonts once and keeps the result here, not in the home directory
        args.add("-Dpdfbox.fontcache=" + fontCache);
        // The worker's stderr is the server's: errors only (parse warnings of hostile files would flood it)
        args.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        args.add("-Djava.util.logging.config.file=" + loggingConfig);
        args.add("-cp");
        args.add(classPath.resolve("*").toString());
        return args;
    }

    /**
     * On POSIX systems, a script that starts {@code java} with an empty environment but for the locale (which
     * decides how the JVM encodes file names); elsewhere, {@code java} itself, inheriting the environment.
     */
    private Path writeLauncher(Path work) throws IOException {
        Path java = settings.javaExecutable().toAbsolutePath();
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            LOG.warning("Not a POSIX system: the extraction workers inherit the server's environment");
            return java;
        }
        Path launcher = work.resolve("tika-worker.sh");
        write(launcher, WorkerFiles.launcher(java, localeEnvironment()));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        return launcher;
    }

    private static Map<String, String> localeEnvironment() {
        Map<String, String> locale = new LinkedHashMap<>();
        for (String name : List.of("LANG", "LC_ALL", "LC_CTYPE")) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                locale.put(name, value);
            }
        }
        if (locale.isEmpty()) {
            locale.put("LANG", "C.UTF-8");
        }
        return locale;
    }

    /**
     * The worker and this JVM exchange serialised Tika objects: their tika-core must be the same version, which
     * the jar's name tells (the build names it so).
     */
    private static void requireSameTikaCore(Path classPath) {
        if (!containsJar(classPath, "tika-core-")) {
            throw new IllegalArgumentException("The worker class path " + classPath
                    + " holds no tika-core jar (the build copies the worker's jars to target/runtime/tika)");
        }
        String version = PipesParser.class.getPackage().getImplementationVersion();
        if (version != null && !containsJar(classPath, "tika-core-" + version + ".jar")) {
            throw new IllegalArgumentException("The worker class path " + classPath + " holds no tika-core-"
                    + version + ".jar, the version of the application's: rebuild it");
        }
    }

    /** A caller waits this long for a free worker before giving up (WORKER_FAILED). */
    private static long maxWaitForWorkerMillis(ExtractionSettings settings) {
        return Math.max(600_000, 10 * settings.timeout().toMillis());
    }

    private static boolean containsJar(Path directory, String prefix) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(name -> name.startsWith(prefix) && name.endsWith(".jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void emptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            tree.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(directory)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.fine(() -> "Cannot delete " + p + ": " + e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.FINE, "Cannot empty " + directory, e);
        }
    }
}
