package fr.prma.interactifs.documents.storage;

/** Content in the store: its address (SHA-256, lower-case hexadecimal) and its size in bytes. */
public record StoredContent(String sha256, long size) {
}
