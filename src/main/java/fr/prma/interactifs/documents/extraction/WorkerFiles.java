package fr.prma.interactifs.documents.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files {@link ForkedTikaExtractor} writes for its workers: Tika's configuration, shared by the client side
 * (pipes) and the workers (parsers, limits, fetcher), the launcher script and the worker's java.util.logging
 * settings. Kept apart so that what a worker runs with can be read in one place.
 */
final class WorkerFiles {

    /** The name of the worker's fetcher, the one every extraction asks for. */
    static final String FETCHER = "files";

    /** Parsers left out of the worker, each for its reason (see {@link #tikaConfig}). */
    static final List<String> EXCLUDED_PARSERS = List.of(
            // OCR runs the tesseract program: minutes of CPU per scanned page on a 2-core server
            "org.apache.tika.parser.ocr.TesseractOCRParser",
            // Runs external programs (ffmpeg, exiftool) when found on the PATH
            "org.apache.tika.parser.external.CompositeExternalParser");

    private WorkerFiles() {
    }

    /**
     * The tika-config.xml of the extractor.
     * <ul>
     * <li>{@code parsers}: Tika's default set less {@link #EXCLUDED_PARSERS}.</li>
     * <li>{@code xml-reader-utils}: at most 20 entity expansions in any XML Tika parses (Tika's default, stated):
     * a "billion laughs" document fails at once instead of filling the heap.</li>
     * <li>{@code autoDetectParserConfig}: the zip-bomb guards of Tika's SecureContentHandler, and a zero-byte
     * file reported as such.</li>
     * <li>{@code metadataFilters}: the language of the text, when the detector is on the class path.</li>
     * <li>{@code fetchers}: one file-system fetcher confined to the base directory.</li>
     * <li>{@code pipes}: the workers; {@code maxForEmitBatchBytes = -1} makes them send every result back to
     * this JVM instead of loading emitters.</li>
     * </ul>
     */
    static String tikaConfig(ExtractionSettings settings, Path baseDirectory, Path javaPath, List<String> jvmArgs,
            boolean detectLanguage, long startupTimeoutMillis, long idleWorkerMillis, int filesPerWorker,
            long maxWaitForWorkerMillis) {
        StringBuilder xml = new StringBuilder(2048);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!-- Written by ForkedTikaExtractor at each start: changes here are lost -->\n");
        xml.append("<properties>\n");
        xml.append("  <parsers>\n");
        xml.append("    <parser class=\"org.apache.tika.parser.DefaultParser\">\n");
        for (String parser : EXCLUDED_PARSERS) {
            xml.append("      <parser-exclude class=\"").append(parser).append("\"/>\n");
        }
        xml.append("    </parser>\n");
        xml.append("  </parsers>\n");
        xml.append("  <xml-reader-utils maxEntityExpansions=\"20\"/>\n");
        xml.append("  <autoDetectParserConfig>\n");
        xml.append("    <params>\n");
        element(xml, 6, "outputThreshold", settings.outputThreshold());
        element(xml, 6, "maximumCompressionRatio", settings.maximumCompressionRatio());
        element(xml, 6, "maximumDepth", settings.maximumDepth());
        element(xml, 6, "maximumPackageEntryDepth", settings.maximumPackageEntryDepth());
        element(xml, 6, "throwOnZeroBytes", true);
        xml.append("    </params>\n");
        xml.append("  </autoDetectParserConfig>\n");
        if (detectLanguage) {
            xml.append("  <metadataFilters>\n");
            xml.append("    <metadataFilter class=\"org.apache.tika.langdetect.opennlp.metadatafilter."
                    + "OpenNLPMetadataFilter\"/>\n");
            xml.append("  </metadataFilters>\n");
        }
        xml.append("  <fetchers>\n");
        xml.append("    <fetcher class=\"org.apache.tika.pipes.fetcher.fs.FileSystemFetcher\">\n");
        xml.append("      <params>\n");
        element(xml, 8, "name", FETCHER);
        element(xml, 8, "basePath", baseDirectory.toString());
        xml.append("      </params>\n");
        xml.append("    </fetcher>\n");
        xml.append("  </fetchers>\n");
        xml.append("  <pipes>\n");
        xml.append("    <params>\n");
        element(xml, 6, "numClients", settings.workers());
        element(xml, 6, "timeoutMillis", settings.timeout().toMillis());
        element(xml, 6, "startupTimeoutMillis", startupTimeoutMillis);
        element(xml, 6, "sleepOnStartupTimeoutMillis", 10_000);
        element(xml, 6, "shutdownClientAfterMillis", idleWorkerMillis);
        element(xml, 6, "maxFilesProcessedPerProcess", filesPerWorker);
        element(xml, 6, "maxForEmitBatchBytes", -1);
        element(xml, 6, "maxWaitForClientMillis", maxWaitForWorkerMillis);
        element(xml, 6, "javaPath", javaPath.toString());
        xml.append("      <forkedJvmArgs>\n");
        for (String arg : jvmArgs) {
            element(xml, 8, "arg", arg);
        }
        xml.append("      </forkedJvmArgs>\n");
        xml.append("    </params>\n");
        xml.append("  </pipes>\n");
        xml.append("</properties>\n");
        return xml.toString();
    }

    /**
     * A shell script that runs {@code java} with the given arguments and nothing of the caller's environment
     * but the given variables.
     */
    static String launcher(Path java, Map<String, String> environment) {
        StringBuilder sh = new StringBuilder(256);
        sh.append("#!/bin/sh\n");
        sh.append("# Written by ForkedTikaExtractor: starts an extraction worker with an empty environment,\n");
        sh.append("# so that none of the application server's variables (passwords, tokens) reaches the parsers.\n");
        sh.append("exec /usr/bin/env -i");
        environment.forEach((name, value) -> sh.append(' ').append(shellQuote(name + "=" + value)));
        sh.append(' ').append(shellQuote(java.toString())).append(" \"$@\"\n");
        return sh.toString();
    }

    /** java.util.logging in the worker: errors only, like its SLF4J. */
    static String julConfig() {
        return """
                # Written by ForkedTikaExtractor: java.util.logging of the extraction worker, errors only
                handlers = java.util.logging.ConsoleHandler
                .level = SEVERE
                java.util.logging.ConsoleHandler.level = SEVERE
                """;
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    private static void element(StringBuilder xml, int indent, String name, Object value) {
        xml.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(String.valueOf(value)))
                .append("</").append(name).append(">\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
