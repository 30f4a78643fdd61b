package fr.prma.interactifs.bench;

/**
 * One benchmark of the product: it starts what it needs, measures the product and its baseline in the same run on
 * the same data, prints both with their ratio, and returns the figures as a Markdown section for
 * docs/benchmarks.md.
 */
public interface Benchmark {

    /** The name given on the command line: {@code ./interactifs bench <name>}. */
    String name();

    /** Runs the benchmark; the returned Markdown has the figures, the baseline and the ratio. */
    String run(BenchOptions options) throws Exception;
}
