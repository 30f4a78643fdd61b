package fr.prma.interactifs.workflow.service;

/**
 * A document attached to a paper: in its last frozen version (with the document's version then), or in the
 * authors' working copy before the first submission.
 */
public record AttachmentView(long documentId, String title, Integer documentVersionNumber) {
}
