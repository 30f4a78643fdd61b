package fr.prma.interactifs.documents.service;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * What a person narrows the library to; null fields do not narrow.
 *
 * @param family         a family of type (pdf, word…)
 * @param organisation   the slug of the organisation the documents were deposited for
 */
public record LibraryFilter(DocumentCategory category, BodyCode body, String family, String organisation,
        Integer year, Sort sort) {

    public enum Sort { NEWEST, OLDEST, TITLE, YEAR }

    public LibraryFilter {
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public static LibraryFilter none() {
        return new LibraryFilter(null, null, null, null, null, Sort.NEWEST);
    }
}
