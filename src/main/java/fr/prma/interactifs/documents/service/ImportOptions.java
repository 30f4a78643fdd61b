package fr.prma.interactifs.documents.service;

import java.util.Map;
import java.util.Set;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * How an archive's files are filed: the category of those outside the mapped folders, the category of the files
 * under each mapped folder, and who may read them.
 *
 * @param bodies the bodies the documents are visible to; empty for all of Les Interactifs
 */
public record ImportOptions(DocumentCategory defaultCategory, Set<BodyCode> bodies,
        Map<String, DocumentCategory> folderCategories) {

    public ImportOptions {
        bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
        folderCategories = folderCategories == null ? Map.of() : Map.copyOf(folderCategories);
    }
}
