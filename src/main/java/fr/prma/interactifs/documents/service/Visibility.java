package fr.prma.interactifs.documents.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;

/**
 * Who reads a document: the whole cluster, <em>or</em> the members of some bodies; one choice or the other, as
 * the deposit form and the document's page ask it ("Tout le pôle" / "Certaines instances"). A choice of both, or
 * of some bodies without any, is refused rather than guessed: a document ticked for the whole cluster and one
 * body once went silently to everyone.
 *
 * @param wholeCluster whether every member of Les Interactifs reads it
 * @param bodies       the bodies whose members read it, when it is not the whole cluster
 */
public record Visibility(boolean wholeCluster, Set<BodyCode> bodies) {

    /** Every member of Les Interactifs. */
    public static final Visibility WHOLE_CLUSTER = new Visibility(true, Set.of());

    public Visibility {
        bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
    }

    /** The bodies given, or the whole cluster when there are none (what the API and the imports have always meant). */
    public static Visibility of(Set<BodyCode> bodies) {
        return bodies == null || bodies.isEmpty() ? WHOLE_CLUSTER : new Visibility(false, bodies);
    }

    /**
     * The bodies the document is kept to; empty for the whole cluster.
     *
     * @throws BusinessException when the choice is both the whole cluster and some bodies, or some bodies without any
     */
    Set<BodyCode> restrictedTo() {
        if (wholeCluster && !bodies.isEmpty()) {
            throw new BusinessException("document.error.visibilityAmbiguous");
        }
        if (!wholeCluster && bodies.isEmpty()) {
            throw new BusinessException("document.error.visibilityNoBody");
        }
        return bodies;
    }
}
