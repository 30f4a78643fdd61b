package fr.prma.interactifs.documents.web;

import java.util.List;
import java.util.Map;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.search.SearchRequest;
import fr.prma.interactifs.documents.search.SearchResults.Facet;
import fr.prma.interactifs.documents.search.SearchResults.FacetCount;
import fr.prma.interactifs.documents.service.DocumentSearch;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.SearchPage;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /documents/recherche.xhtml}: the words and the chosen facet values are GET parameters, so a search
 * is an address that can be kept or sent; the page shows one page of hits with their snippets, and the facets
 * with their counts among what the reader may read.
 */
@Named
@RequestScoped
public class SearchBacking {

    public static final int PAGE_SIZE = 20;

    @EJB
    private DocumentSearch search;

    @EJB
    private Library library;

    @Inject
    private CurrentUser currentUser;

    private String words;
    private DocumentCategory category;
    private BodyCode body;
    private String type;
    private Integer year;
    private boolean newest;
    private int page = 1;

    private SearchPage results;
    private Map<BodyCode, Long> bodyIds;

    /** View action. */
    public void load() {
        bodyIds = library.bodyIds();
        results = search.search(currentUser.actor(), new SearchRequest(words, category == null ? null : category.name(),
                body == null ? null : bodyIds.get(body), type, year,
                newest ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE,
                (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE));
    }

    public List<FacetCount> facet(String name) {
        return results.facet(Facet.valueOf(name));
    }

    /** The body a body facet value (an id) stands for. */
    public BodyCode bodyOf(String id) {
        return bodyIds.entrySet().stream().filter(e -> e.getValue().toString().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    public int getPages() {
        return (int) Math.min(500, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public SearchPage getResults() {
        return results;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public BodyCode getBody() {
        return body;
    }

    public void setBody(BodyCode body) {
        this.body = body;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null || type.isBlank() ? null : type;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isNewest() {
        return newest;
    }

    public void setNewest(boolean newest) {
        this.newest = newest;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
