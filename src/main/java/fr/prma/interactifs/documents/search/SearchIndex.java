package fr.prma.interactifs.documents.search;

/**
 * The full-text index of the library: French-aware, with highlighted snippets and facet counts, and with the
 * reader's access applied inside the query, so that hits, snippets, facet counts and totals never reflect a
 * document the reader may not read.
 *
 * <p>The embedded implementation is Lucene on disk ({@link LuceneSearchIndex}); a distributed one
 * (OpenSearch) can take its place behind this interface. The index holds nothing that the database and the
 * content store do not: it can always be rebuilt from them.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the document, or replaces the entry of the same id; searchable within a second or so. */
    void put(IndexedDocument document);

    /** Removes the document of this id, if indexed. */
    void remove(long documentId);

    /** One page of the documents that match, among those the reader may read. */
    SearchResults search(SearchRequest request, ReaderAccess access);

    /**
     * Empties the index and indexes every document the source gives, reporting progress after each one.
     * Searches keep answering from the previous contents until the new ones are complete.
     */
    void rebuild(DocumentSource source, RebuildProgress progress);

    /** Number of documents in the index. */
    long size();

    /** True when the index was found missing or corrupt on opening, and was started empty: rebuild it. */
    boolean needsRebuild();

    @Override
    void close();

    /** What a rebuild reads: every document to index, and how many there are (for progress). */
    interface DocumentSource {
        long count();

        void forEach(java.util.function.Consumer<IndexedDocument> consumer);
    }

    /** Told after each document of a rebuild. */
    @FunctionalInterface
    interface RebuildProgress {
        void indexed(long done, long total);
    }
}
