package fr.prma.interactifs.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document of the library as a frozen version holds it: which version, its content's hash and its title. */
@Embeddable
public class AttachedDocument {

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "document_version_number", nullable = false)
    private int documentVersionNumber;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(nullable = false, length = 300)
    private String title;

    protected AttachedDocument() {
        // for JPA
    }

    public AttachedDocument(long documentId, int documentVersionNumber, String contentSha256, String title) {
        this.documentId = documentId;
        this.documentVersionNumber = documentVersionNumber;
        this.contentSha256 = contentSha256;
        this.title = title;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getDocumentVersionNumber() {
        return documentVersionNumber;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getTitle() {
        return title;
    }
}
