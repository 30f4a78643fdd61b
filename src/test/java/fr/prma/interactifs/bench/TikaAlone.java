package fr.prma.interactifs.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.filter.MetadataFilter;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.xml.sax.ContentHandler;

/**
 * The baseline of the ingestion benchmark: Tika alone, in a JVM of its own whose class path is the extraction
 * worker's ({@code target/runtime/tika}), reading the corpus with what the worker reads it with and nothing of
 * the product around: the worker's Tika configuration (parsers, XML and zip-bomb limits, language detection), an
 * {@link AutoDetectParser}, the text cut at the same number of characters, at most as many embedded documents.
 * Each thread parses one file after another, taking the next from the shared list, as the product's extraction
 * threads take the next queued version.
 *
 * <p>Run by {@link TikaBaseline}; it needs nothing but Tika and the JDK. Arguments: the configuration file, the
 * character cap, the embedded documents cap, the number of threads, then one or more phases, each a file listing
 * files (one path a line) and the marker word in their text. Phases run one after the other (a warm-up, then the
 * measure), each printing a {@code RESULT} line of {@code name=value} pairs on the standard output.
 */
public final class TikaAlone {

    private final AutoDetectParser parser;
    private final MetadataFilter filter;
    private final int maxCharacters;
    private final int maxEmbedded;
    private final int threads;

    private TikaAlone(TikaConfig config, int maxCharacters, int maxEmbedded, int threads) {
        this.parser = new AutoDetectParser(config);
        this.filter = config.getMetadataFilter();
        this.maxCharacters = maxCharacters;
        this.maxEmbedded = maxEmbedded;
        this.threads = threads;
    }

    public static void main(String[] arguments) throws Exception {
        TikaAlone tika = new TikaAlone(new TikaConfig(Path.of(arguments[0])), Integer.parseInt(arguments[1]),
                Integer.parseInt(arguments[2]), Integer.parseInt(arguments[3]));
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int phase = 4; phase + 1 < arguments.length; phase += 2) {
            List<Path> files = Files.readAllLines(Path.of(arguments[phase]), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(Path::of).toList();
            System.out.println(tika.read(files, arguments[phase + 1]) + " startupMillis=" + startup);
        }
    }

    /** Reads the files on the threads; the figures as a {@code RESULT} line. */
    private String read(List<Path> files, String marker) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger found = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger truncated = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Runnable reader = () -> {
            for (int i; (i = next.getAndIncrement()) < files.size();) {
                Path file = files.get(i);
                Metadata metadata = new Metadata();
                ParseContext context = new ParseContext();
                context.set(DocumentSelector.class, new EmbeddedCap(maxEmbedded));
                ContentHandler handler = new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
                        maxCharacters, true, context).getNewContentHandler();
                try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
                    parser.parse(stream, handler, metadata, context);
                } catch (Exception e) {
                    if (WriteLimitReachedException.isWriteLimitReached(e)) {
                        truncated.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        failures.add(file.getFileName() + ": " + e);
                    }
                }
                String text = handler.toString();
                metadata.add(TikaCoreProperties.TIKA_CONTENT, text);
                try {
                    filter.filter(metadata);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    failures.add(file.getFileName() + " (metadata filter): " + e);
                }
                characters.addAndGet(text.length());
                if (text.contains(marker)) {
                    found.incrementAndGet();
                }
            }
        };

        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long startCpu = system.getProcessCpuTime();
        long start = System.nanoTime();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(reader, "tika-alone-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        long cpu = system.getProcessCpuTime() - startCpu;

        failures.stream().limit(20).forEach(failure -> System.err.println("Échec : " + failure));
        return String.format(Locale.ROOT,
                "RESULT files=%d found=%d failed=%d truncated=%d characters=%d elapsedNanos=%d cpuNanos=%d",
                files.size(), found.get(), failed.get(), truncated.get(), characters.get(), elapsed, cpu);
    }

    /** Reads the first {@code max} embedded documents of a file and skips the others, as the worker does. */
    private static final class EmbeddedCap implements DocumentSelector {

        private final int max;
        private int selected;

        EmbeddedCap(int max) {
            this.max = max;
        }

        @Override
        public boolean select(Metadata metadata) {
            return selected++ < max;
        }
    }
}
