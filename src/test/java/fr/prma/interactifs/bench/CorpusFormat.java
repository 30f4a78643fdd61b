package fr.prma.interactifs.bench;

/**
 * The kinds of files in the ingestion corpus, with the share of the library each takes: a cluster of music
 * venues deposits mostly PDFs and Word documents (minutes, studies, conventions), then budgets and slide decks,
 * some LibreOffice texts, saved web pages and plain notes.
 */
enum CorpusFormat {

    PDF("pdf", 30),
    DOCX("docx", 24),
    XLSX("xlsx", 12),
    ODT("odt", 10),
    PPTX("pptx", 8),
    HTML("html", 8),
    TXT("txt", 8);

    private final String extension;
    private final int percent;

    CorpusFormat(String extension, int percent) {
        this.extension = extension;
        this.percent = percent;
    }

    String extension() {
        return extension;
    }

    /** The share of the corpus, in percent; the shares add up to 100. */
    int percent() {
        return percent;
    }
}
