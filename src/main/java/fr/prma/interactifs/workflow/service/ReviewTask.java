package fr.prma.interactifs.workflow.service;

import java.time.Instant;

import fr.prma.interactifs.workflow.entity.OpinionChoice;

/**
 * A step awaiting the person: a paper (or a document of the library) their body reviews, by when, whether they
 * have given their opinion, and whether they may decide the step.
 *
 * @param paperId    the paper reviewed, or {@code null} for a document
 * @param documentId the document reviewed by the steering committee, or {@code null} for a paper
 */
public record ReviewTask(Long paperId, Long documentId, String title, String bodyName, int position,
        Instant deadlineAt, boolean overdue, OpinionChoice myOpinion, boolean mayDecide) {

    /** Whether it is a document of the library that the steering committee reviews (not a position paper). */
    public boolean isDocumentReview() {
        return paperId == null;
    }

    /** The page where the step is handled. */
    public String outcome() {
        return paperId != null ? "/notes/note" : "/documents/document";
    }

    /** The id that page takes. */
    public long subjectId() {
        return paperId != null ? paperId : documentId;
    }
}
