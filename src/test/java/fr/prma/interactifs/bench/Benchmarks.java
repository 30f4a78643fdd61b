package fr.prma.interactifs.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./interactifs bench [name] [--option value ...]}: runs one benchmark, or all of them, and writes their
 * figures, with the machine and the versions, to {@code target/bench/}, ready to be copied into
 * docs/benchmarks.md.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Every benchmark, by the name given on the command line, in the order "all" runs them. */
    static Map<String, Benchmark> all() {
        Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
        for (Benchmark benchmark : List.<Benchmark>of(new IngestionBenchmark(), new SearchBenchmark(),
                new PagesBenchmark())) {
            benchmarks.put(benchmark.name(), benchmark);
        }
        return benchmarks;
    }

    public static void main(String[] arguments) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(arguments));
        String name = rest.isEmpty() || rest.get(0).startsWith("--") ? "all" : rest.remove(0);
        Map<String, Benchmark> benchmarks = all();
        List<Benchmark> chosen = name.equals("all") ? List.copyOf(benchmarks.values())
                : benchmarks.containsKey(name) ? List.of(benchmarks.get(name)) : List.of();
        if (chosen.isEmpty()) {
            System.err.println("Banc d'essai inconnu : « " + name + " ». Bancs disponibles : "
                    + String.join(", ", benchmarks.keySet()) + " (ou all).");
            System.exit(2);
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(rest);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        StringBuilder report = new StringBuilder(Machine.describe());
        for (Benchmark benchmark : chosen) {
            System.out.println("== " + benchmark.name() + " ==");
            report.append("\n").append(benchmark.run(options));
        }
        Path written = Path.of(System.getProperty("interactifs.basedir", "."), "target", "bench",
                "bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Résultats écrits dans " + written);
    }
}
