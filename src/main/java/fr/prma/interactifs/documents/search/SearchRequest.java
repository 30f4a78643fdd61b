package fr.prma.interactifs.documents.search;

/**
 * A search as a person types it, with the facet values they chose to narrow it.
 *
 * @param words    what was typed: words, and phrases between double quotes; blank lists every document
 * @param category a category key, or null for any
 * @param bodyId   a body the document is visible to, or null for any
 * @param type     a family of type, or null for any
 * @param year     a year, or null for any
 * @param order    relevance or newest first
 * @param offset   index of the first hit of the page
 * @param limit    number of hits in the page
 */
public record SearchRequest(String words, String category, Long bodyId, String type, Integer year,
        Order order, int offset, int limit) {

    public enum Order { RELEVANCE, NEWEST }

    public SearchRequest {
        words = words == null ? "" : words.strip();
        order = order == null ? Order.RELEVANCE : order;
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1 expected: " + offset + ", " + limit);
        }
    }

    public static SearchRequest of(String words) {
        return new SearchRequest(words, null, null, null, null, Order.RELEVANCE, 0, 20);
    }
}
