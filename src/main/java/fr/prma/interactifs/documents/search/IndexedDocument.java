package fr.prma.interactifs.documents.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the index knows of one document: its current version's words and the values it is filtered and
 * counted by.
 *
 * @param id            the document's id
 * @param title         its title
 * @param description   its description, or empty
 * @param tags          its tags
 * @param text          the text extracted from its current version, or empty
 * @param category      key of its category (for example {@code VEILLE})
 * @param bodyIds       the bodies it is visible to; empty means all of Les Interactifs
 * @param type          key of its family of type (for example {@code pdf}, {@code text}, {@code spreadsheet})
 * @param year          the year it is filed under
 * @param updatedAt     when its current version was deposited (the "newest first" order)
 */
public record IndexedDocument(long id, String title, String description, List<String> tags, String text,
        String category, Set<Long> bodyIds, String type, int year, Instant updatedAt) {

    public IndexedDocument {
        description = description == null ? "" : description;
        text = text == null ? "" : text;
        tags = List.copyOf(tags);
        bodyIds = Set.copyOf(bodyIds);
    }
}
