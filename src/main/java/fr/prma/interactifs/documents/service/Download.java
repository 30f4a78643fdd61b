package fr.prma.interactifs.documents.service;

/**
 * What a download serves: the content's address in the store, the name to offer, the type detected from the
 * bytes, and the size.
 */
public record Download(String sha256, String fileName, String mediaType, long size) {
}
