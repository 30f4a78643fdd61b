package fr.prma.interactifs.documents.service;

import java.util.List;
import java.util.Set;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * A file the intranet makes itself (the PDF of published minutes) to be filed in the library: its bytes, the
 * name to download it under, how to describe it, who may read it, and the document that holds its earlier
 * versions, if any.
 *
 * @param bodies     the bodies it is visible to; empty for all of Les Interactifs
 * @param documentId the document it is a new version of, or null for a new document
 * @param comment    what the new version changes, or null
 */
public record Rendition(byte[] content, String fileName, String title, DocumentCategory category,
        List<String> tags, Set<BodyCode> bodies, Long documentId, String comment) {

    public Rendition {
        content = content.clone();
        tags = List.copyOf(tags);
        bodies = Set.copyOf(bodies);
    }
}
