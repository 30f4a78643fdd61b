package fr.prma.interactifs.documents.entity;

/** Where an import of an archive stands; labels in the bundle ({@code document.import.status.*}). */
public enum ArchiveImportStatus {
    /** Unpacked and listed; waits for its options to start. */
    ANALYSED,
    /** Its files are being imported, one after the other (resumed after a restart). */
    RUNNING,
    /** Every file has its outcome. */
    FINISHED,
    /** Stopped by an unexpected error; the files still pending were not imported. */
    FAILED,
    /** Analysed but never started: its unpacked files were removed. */
    ABANDONED;

    public boolean isOver() {
        return this == FINISHED || this == FAILED || this == ABANDONED;
    }
}
