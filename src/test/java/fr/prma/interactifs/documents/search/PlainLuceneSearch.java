package fr.prma.interactifs.documents.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The search benchmark's baseline: the library's index read straight with Lucene, as if nothing stood between a
 * person and it. The words are analysed and turned into a query exactly as the product does ({@link TypedWords}
 * over {@link FrenchTextAnalyzer}); the best hits by relevance come back as their ids. No access filter, no exact
 * count of every hit, no facets, no snippets, no database, no HTTP.
 *
 * <p>Reads the newest committed generation of an index directory: this works while the product holds the index
 * open for writing in another process, as Lucene's readers take no lock.
 */
public final class PlainLuceneSearch implements AutoCloseable {

    private static final Pattern GENERATION = Pattern.compile("index-(\\d{1,18})");

    private final Path generation;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new FrenchTextAnalyzer();
    private final TypedWords typedWords = new TypedWords(analyzer);

    private PlainLuceneSearch(Path generation) throws IOException {
        this.generation = generation;
        Directory opened = FSDirectory.open(generation);
        try {
            reader = DirectoryReader.open(opened);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw e;
        }
        directory = opened;
        searcher = new IndexSearcher(reader);
    }

    /** The newest generation ({@code index-<n>}) of the index in this directory that holds a commit. */
    public static PlainLuceneSearch openNewest(Path indexRoot) throws IOException {
        List<Path> generations;
        try (Stream<Path> children = Files.list(indexRoot)) {
            generations = children.filter(Files::isDirectory).filter(path -> number(path) >= 0)
                    .sorted(Comparator.comparingLong(PlainLuceneSearch::number).reversed()).toList();
        }
        for (Path path : generations) {
            try (Directory candidate = FSDirectory.open(path)) {
                if (DirectoryReader.indexExists(candidate)) {
                    return new PlainLuceneSearch(path);
                }
            }
        }
        throw new IOException("No committed search index in " + indexRoot);
    }

    private static long number(Path path) {
        Matcher matcher = GENERATION.matcher(path.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** The ids of the {@code count} documents that match best, best first. */
    public long[] best(String words, int count) throws IOException {
        TopDocs top = searcher.search(query(words), count);
        StoredFields stored = searcher.storedFields();
        long[] ids = new long[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.parseLong(stored.document(top.scoreDocs[i].doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
        }
        return ids;
    }

    /** How many documents match, counted exactly. */
    public int count(String words) throws IOException {
        return searcher.count(query(words));
    }

    private Query query(String words) {
        Query query = typedWords.parse(words);
        return query == null ? new MatchAllDocsQuery() : query;
    }

    /** How many documents the generation holds. */
    public int documents() {
        return reader.numDocs();
    }

    /** How many segments the generation holds: each one is searched in turn. */
    public int segments() {
        return reader.leaves().size();
    }

    /** The generation's directory. */
    public Path generation() {
        return generation;
    }

    /** The size of the generation's files on disk. */
    public long bytesOnDisk() throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reader, directory, analyzer);
    }
}
