package fr.prma.interactifs.documents.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.prma.interactifs.documents.entity.Document;
import fr.prma.interactifs.documents.search.SearchIndex;
import fr.prma.interactifs.documents.search.SearchRequest;
import fr.prma.interactifs.documents.search.SearchResults;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Full-text search of the library, as the actor may read it: the index applies the read rule inside its query
 * (hits, snippets, facet counts and totals), and each hit is checked once more against the database before
 * it is shown, in case the index lags behind a change of visibility.
 */
@Stateless
public class DocumentSearch {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SearchIndex index;

    @EJB
    private Library library;

    public SearchPage search(Actor actor, SearchRequest request) {
        DocumentPolicy policy = library.policyOf(actor);
        SearchResults results = index.search(request, policy.readerAccess());
        List<Long> ids = results.hits().stream().map(SearchResults.Hit::documentId).toList();
        Map<Long, Document> documents = ids.isEmpty() ? Map.of()
                : Library.withWhatIsShown(em.createQuery("select d from Document d where d.id in :ids",
                        Document.class)).setParameter("ids", ids).getResultStream()
                        .collect(Collectors.toMap(Document::getId, Function.identity()));
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (SearchResults.Hit hit : results.hits()) {
            Document document = documents.get(hit.documentId());
            if (document == null || document.isDeleted() || !policy.canRead(Library.facts(document))) {
                continue;
            }
            hits.add(new SearchPage.Hit(document.getId(), document.getTitle(), document.getCategory(),
                    document.getTypeFamily(), document.getYear(), document.getUpdatedAt(), hit.snippet(),
                    document.current().getOriginalName()));
        }
        return new SearchPage(results.total(), hits, results.facets());
    }
}
