package fr.prma.interactifs.documents.entity;

/**
 * The lines of work of Les Interactifs that documents are filed under; labels in the bundle
 * ({@code document.category.*}).
 */
public enum DocumentCategory {
    /** Veille stratégique */
    STRATEGIC_WATCH,
    /** Influence */
    INFLUENCE,
    /** Modèles économiques et mutualisation */
    ECONOMIC_MODELS,
    /** Recherche et développement (with the university partner) */
    RESEARCH,
    /** Vie du pôle */
    CLUSTER_LIFE
}
