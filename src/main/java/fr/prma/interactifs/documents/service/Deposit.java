package fr.prma.interactifs.documents.service;

import java.io.InputStream;
import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyCode;

import fr.prma.interactifs.documents.entity.DocumentDescription;

/**
 * A file someone deposits, as received: its content, the name their computer gave it, what they wrote about
 * it (a blank title is made from the name; the file's own title fills it only when the name says nothing),
 * and who may read it.
 *
 * @param visibility the whole cluster, or some bodies
 */
public record Deposit(InputStream content, String fileName, DocumentDescription description, Visibility visibility) {

    public Deposit {
        visibility = visibility == null ? Visibility.WHOLE_CLUSTER : visibility;
    }

    /** @param bodies the bodies it is visible to; empty for all of Les Interactifs */
    public Deposit(InputStream content, String fileName, DocumentDescription description, Set<BodyCode> bodies) {
        this(content, fileName, description, Visibility.of(bodies));
    }
}
