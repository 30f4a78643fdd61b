package fr.prma.interactifs.documents.entity;

/** What became of one file of an imported archive; labels in the bundle ({@code document.import.entry.*}). */
public enum ImportEntryStatus {
    PENDING,
    /** Deposited in the library. */
    IMPORTED,
    /** Its content was already in the library (out of the bin): not deposited again. */
    DUPLICATE,
    /** Refused, with its reason (an archive inside the archive, a type or size the library refuses...). */
    REFUSED
}
