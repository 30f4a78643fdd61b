package fr.prma.interactifs.documents.entity;

import java.util.List;

/** What a person writes about a document: title, description, category and tags. */
public record DocumentDescription(String title, String description, DocumentCategory category, List<String> tags) {

    public DocumentDescription {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public DocumentDescription titled(String newTitle) {
        return new DocumentDescription(newTitle, description, category, tags);
    }
}
