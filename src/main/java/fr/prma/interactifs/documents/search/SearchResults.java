package fr.prma.interactifs.documents.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total number of hits, and for each facet the count of hits per value, all among the
 * documents the reader may read.
 */
public record SearchResults(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** The dimensions hits are counted by. */
    public enum Facet { CATEGORY, BODY, TYPE, YEAR }

    /**
     * @param documentId the document's id
     * @param snippet    an extract around the matched words: HTML-escaped text in which the matched words are
     *                   wrapped in {@code <mark>}; empty when no field has a match worth showing
     */
    public record Hit(long documentId, float score, String snippet) {
    }

    /** A facet value (category key, body id, type key, year) and how many hits have it. */
    public record FacetCount(String value, long count) {
    }
}
