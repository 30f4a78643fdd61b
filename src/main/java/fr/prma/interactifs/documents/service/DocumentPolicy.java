package fr.prma.interactifs.documents.service;

import java.util.Objects;
import java.util.Set;

import fr.prma.interactifs.documents.search.ReaderAccess;
import fr.prma.interactifs.security.Actor;

/**
 * Who may do what with documents, decided in plain Java so that every rule is unit tested and applied the
 * same way by the screens, the search and the REST API.
 * <ul>
 * <li>Read: administrators; everyone for a document visible to all of Les Interactifs; the members of the
 * bodies a restricted document is visible to.</li>
 * <li>Deposit: people of the cluster's member structures and of its coordination (partners read, they do not
 * deposit), only for bodies they sit in; administrators for any.</li>
 * <li>Change (new version, description, visibility, delete): the person who deposited it, the people of the
 * organisation it was deposited for, administrators; always among those who can read it.</li>
 * <li>Ask again for the reading of the text: the person who deposited it, administrators.</li>
 * <li>Empty the bin: administrators.</li>
 * <li>The import service account ({@link Actor#importer()}) reads and deposits for any body, like the
 * coordination it works for, and changes only what it deposited.</li>
 * </ul>
 *
 * @param bodyIds        the bodies the actor sits in
 * @param organisationId the actor's organisation, or null
 * @param clusterMember  the actor's organisation is a member structure or the coordination
 */
public record DocumentPolicy(Actor actor, Set<Long> bodyIds, Long organisationId, boolean clusterMember) {

    public DocumentPolicy {
        bodyIds = Set.copyOf(bodyIds);
    }

    /** What the policy needs to know of a document. */
    public record Facts(boolean visibleToAll, Set<Long> bodyIds, long uploaderId, Long organisationId) {
        public Facts {
            bodyIds = Set.copyOf(bodyIds);
        }
    }

    public boolean canRead(Facts document) {
        return actor.administrator() || actor.importer() || document.visibleToAll()
                || document.bodyIds().stream().anyMatch(bodyIds::contains);
    }

    public boolean canDeposit() {
        return actor.administrator() || actor.importer() || clusterMember;
    }

    /** @param visibility the bodies the document would be visible to; empty for all of Les Interactifs */
    public boolean canDepositFor(Set<Long> visibility) {
        return canDeposit() && (actor.administrator() || actor.importer() || bodyIds.containsAll(visibility));
    }

    public boolean canChange(Facts document) {
        return canRead(document) && (actor.administrator() || document.uploaderId() == actor.personId()
                || organisationId != null && Objects.equals(organisationId, document.organisationId()));
    }

    /** Asking again for the reading of a document's text: the person who deposited it, administrators. */
    public boolean canRetryExtraction(Facts document) {
        return canRead(document) && (actor.administrator() || document.uploaderId() == actor.personId());
    }

    public boolean canEmptyBin() {
        return actor.administrator();
    }

    /** The same read rule, for the search index to apply inside its queries. */
    public ReaderAccess readerAccess() {
        return actor.administrator() || actor.importer() ? ReaderAccess.administrator()
                : ReaderAccess.memberOf(bodyIds);
    }
}
