package fr.prma.interactifs.documents.service;

import java.time.Instant;
import java.util.List;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * A document as its page shows it, to a reader who may read it.
 *
 * @param bodyNames  the bodies it is visible to, empty when visible to all
 * @param canChange  whether the reader may deposit a new version, describe it, change its visibility or delete
 * @param canRetryExtraction whether the reader may ask again for the reading of the current version's text
 *                   (it failed or met a password, and they deposited it or administer the intranet)
 * @param version    the optimistic-locking version the reader's changes start from
 */
public record DocumentDetails(long id, String title, String description, DocumentCategory category,
        List<String> tags, boolean visibleToAll, List<BodyCode> bodies, List<String> bodyNames, int year,
        String uploaderName, String organisationName, Instant createdAt, Instant updatedAt,
        VersionDetails current, List<VersionDetails> versions, boolean canChange, boolean canRetryExtraction,
        boolean deleted, int version) {
}
