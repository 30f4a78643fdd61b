package fr.prma.interactifs.documents.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.search.SearchResults;

/**
 * One page of search results as the search page shows them: each hit with its document's title and filing,
 * and its snippet (HTML-escaped text with the matched words in {@code <mark>}), the total, and the facets.
 */
public record SearchPage(long total, List<Hit> hits,
        Map<SearchResults.Facet, List<SearchResults.FacetCount>> facets) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public record Hit(long documentId, String title, DocumentCategory category, String family, int year,
            Instant updatedAt, String snippet, String fileName) {
    }

    public List<SearchResults.FacetCount> facet(SearchResults.Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
