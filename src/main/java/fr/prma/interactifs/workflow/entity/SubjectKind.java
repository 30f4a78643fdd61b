package fr.prma.interactifs.workflow.entity;

/** What a circuit reviews: position papers, or documents of the library (the steering committee's reviews). */
public enum SubjectKind {
    PAPER,
    DOCUMENT
}
