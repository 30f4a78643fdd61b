package fr.prma.interactifs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The ingestion benchmark on a tiny corpus, so that it does not rot: the whole product started through the
 * launcher, Tika alone beside it, a warm-up then the measure, and the report an operator reads. The figures
 * themselves are not judged here (a tiny corpus measures mostly start-up); what is checked is what they rest on:
 * every file deposited became searchable by the text inside it, Tika alone read the same files, and the report
 * gives both throughputs and their ratio.
 */
class IngestionBenchmarkIT {

    private static final int DOCUMENTS = 14;

    @Test
    void aSmallCorpusIsDepositedUntilSearchableAndReportedBesideTikaAlone() throws Exception {
        IngestionBenchmark.Outcome outcome = new IngestionBenchmark().measure(BenchOptions.of(Map.of(
                "documents", Integer.toString(DOCUMENTS), "warmup", "7", "workers", "1", "uploaders", "2")));
        IngestionBenchmark.Figures measured = outcome.measured();

        assertEquals(EnumSet.allOf(CorpusFormat.class), measured.corpus().files().stream()
                .map(Corpus.File::format).collect(Collectors.toCollection(() -> EnumSet.noneOf(CorpusFormat.class))));
        assertEquals(DOCUMENTS, measured.product().deposited());
        assertEquals(DOCUMENTS, measured.product().searchable(), "every deposited file found by its text");
        assertEquals(DOCUMENTS, measured.baseline().files());
        assertEquals(DOCUMENTS, measured.baseline().found(), "Tika alone read the marker in every file");
        assertEquals(0, measured.baseline().failed());
        assertEquals(7, outcome.warmup().product().searchable(), "the warm-up files too, before the measure");
        assertEquals(7, outcome.warmup().baseline().found());

        String report = IngestionBenchmark.report(outcome);
        assertTrue(report.contains(String.format(Locale.FRANCE,
                "| Tika seul, 1 fil(s) (référence) | %d | %.1f | %.1f | %.2f |", DOCUMENTS,
                measured.corpus().megabytes(), measured.baseline().seconds(),
                measured.baseline().documentsPerSecond())), report);
        assertTrue(report.contains(String.format(Locale.FRANCE,
                "| Produit, 1 worker(s), 2 déposant(s) | %d | %.1f | %.1f | %.2f |", DOCUMENTS,
                measured.corpus().megabytes(), measured.product().seconds(),
                measured.product().documentsPerSecond())), report);
        Matcher ratio = Pattern.compile(
                "\\| Débit du produit / débit de Tika seul \\| (\\d+,\\d\\d) \\| ≥ 0,7 \\| (oui|\\*\\*non\\*\\*) \\|")
                .matcher(report);
        assertTrue(ratio.find(), report);
        double expected = measured.product().documentsPerSecond() / measured.baseline().documentsPerSecond();
        assertTrue(expected > 0);
        assertEquals(String.format(Locale.FRANCE, "%.2f", expected), ratio.group(1));
        assertTrue(report.contains("| Débit du produit | "), report);
        assertTrue(report.contains("| Produit : workers d'extraction | "), report);
        assertTrue(report.contains("| **Total** | " + DOCUMENTS + " |"), report);
    }
}
