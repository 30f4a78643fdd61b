package fr.prma.interactifs.documents.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import fr.prma.interactifs.documents.search.SearchResults.Facet;
import fr.prma.interactifs.documents.search.SearchResults.FacetCount;

/**
 * Counts every hit of a search, in total and per facet value, reading the facet fields' doc values.
 *
 * <p>It sees exactly the hits of the query it runs with, access filter included, so counts never include a
 * document the reader may not read. Counting is by segment-local ordinal into an array, and ordinals are
 * turned into values once per segment at the end: the cost is one array increment per hit and value,
 * whatever the number of hits. A document visible to several bodies counts once under each; one visible to
 * all counts under no body, so that each body's count is the number of hits its body filter would keep.
 */
final class FacetCounter implements Collector {

    private static final Map<Facet, String> FIELDS = Map.of(
            Facet.CATEGORY, IndexFields.CATEGORY,
            Facet.BODY, IndexFields.BODY,
            Facet.TYPE, IndexFields.TYPE,
            Facet.YEAR, IndexFields.YEAR);

    private static final Facet[] FACETS = Facet.values();

    /** Per segment, per facet: the doc values (to look ordinals up) and the count of each ordinal. */
    private final List<SortedSetDocValues[]> segmentValues = new ArrayList<>();
    private final List<int[][]> segmentCounts = new ArrayList<>();
    private long hits;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
        int[][] counts = new int[FACETS.length][];
        for (int f = 0; f < FACETS.length; f++) {
            values[f] = DocValues.getSortedSet(context.reader(), FIELDS.get(FACETS[f]));
            counts[f] = new int[Math.toIntExact(values[f].getValueCount())];
        }
        segmentValues.add(values);
        segmentCounts.add(counts);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // Counting needs no score.
            }

            @Override
            public void collect(int doc) throws IOException {
                hits++;
                for (int f = 0; f < values.length; f++) {
                    SortedSetDocValues docValues = values[f];
                    if (docValues.advanceExact(doc)) {
                        for (int i = 0; i < docValues.docValueCount(); i++) {
                            counts[f][Math.toIntExact(docValues.nextOrd())]++;
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long hits() {
        return hits;
    }

    /** The counts of each facet, most frequent value first (ties in the values' order). */
    Map<Facet, List<FacetCount>> facets() throws IOException {
        return facets(List.of(this));
    }

    static Map<Facet, List<FacetCount>> facets(Collection<FacetCounter> counters) throws IOException {
        Map<Facet, Map<String, Long>> merged = new EnumMap<>(Facet.class);
        for (Facet facet : FACETS) {
            merged.put(facet, new HashMap<>());
        }
        for (FacetCounter counter : counters) {
            for (int s = 0; s < counter.segmentValues.size(); s++) {
                SortedSetDocValues[] values = counter.segmentValues.get(s);
                int[][] counts = counter.segmentCounts.get(s);
                for (int f = 0; f < FACETS.length; f++) {
                    for (int ord = 0; ord < counts[f].length; ord++) {
                        if (counts[f][ord] > 0) {
                            merged.get(FACETS[f]).merge(values[f].lookupOrd(ord).utf8ToString(),
                                    (long) counts[f][ord], Long::sum);
                        }
                    }
                }
            }
        }
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        merged.forEach((facet, counts) -> facets.put(facet, counts.entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed()
                        .thenComparing(FacetCount::value, FacetCounter::compareValues))
                .toList()));
        return facets;
    }

    /** Numbers (years, body ids) in numeric order, other values alphabetically. */
    private static int compareValues(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit);
        if (numbers && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    /** One counter per slice of a search, merged at the end. */
    static final class Manager implements CollectorManager<FacetCounter, Manager.Result> {

        record Result(long total, Map<Facet, List<FacetCount>> facets) {
        }

        @Override
        public FacetCounter newCollector() {
            return new FacetCounter();
        }

        @Override
        public Result reduce(Collection<FacetCounter> counters) throws IOException {
            long total = counters.stream().mapToLong(FacetCounter::hits).sum();
            return new Result(total, facets(counters));
        }
    }
}
