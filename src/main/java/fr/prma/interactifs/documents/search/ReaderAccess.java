package fr.prma.interactifs.documents.search;

import java.util.Set;

/**
 * What a reader may read: every document visible to all of Les Interactifs, those of the bodies they belong
 * to, and everything when they administer the intranet.
 */
public record ReaderAccess(boolean everything, Set<Long> bodyIds) {

    public ReaderAccess {
        bodyIds = Set.copyOf(bodyIds);
    }

    public static ReaderAccess administrator() {
        return new ReaderAccess(true, Set.of());
    }

    public static ReaderAccess memberOf(Set<Long> bodyIds) {
        return new ReaderAccess(false, bodyIds);
    }
}
