package fr.prma.interactifs.documents.storage;

import java.io.IOException;

/** Content longer than the caller allowed; nothing of it was kept. */
public class ContentTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public ContentTooLargeException(long maxBytes) {
        super("Content longer than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
