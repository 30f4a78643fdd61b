package fr.prma.interactifs.documents.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import fr.prma.interactifs.documents.search.SearchResults.Hit;

/**
 * The library's search index, embedded: Lucene on the local disk, in the directory given.
 *
 * <p><b>Freshness and durability.</b> A put or remove is searchable as soon as it returns: a search that
 * follows changes first refreshes the searcher (near-real-time, from the writer's memory), once for all the
 * changes made since the last refresh. Changes are committed to disk (fsync) in the background, at most
 * {@link #COMMIT_DELAY} after they are made, all those made meanwhile together: a commit per document cost
 * more than the indexing itself, and left the merges busy with tiny segments. While changes wait for their
 * commit, a marker file ({@value #UNCOMMITTED_MARKER}) says so; if the application dies before the commit,
 * the marker is still there on the next start and the index asks to be rebuilt from the database, the
 * reference ({@link #needsRebuild()}), while it keeps answering from its last commit. Closing commits.
 * Mass indexing goes through {@link #rebuild}, which commits once. Lucene commits are atomic: after a crash
 * the index opens at its last commit.
 *
 * <p><b>Generations.</b> The index lives in a numbered sub-directory ({@code index-<n>}). A rebuild writes
 * the next one beside it while searches keep reading the current one; puts and removes made meanwhile go to
 * both, so nothing is missed; the new generation is committed and then replaces the current one, which is
 * deleted. A rebuild that fails or is interrupted by a crash leaves the current generation as it was (an
 * uncommitted generation is deleted on the next start).
 *
 * <p><b>Needing a rebuild.</b> Each commit records whether the generation holds everything (a completed
 * rebuild) or was started empty. On opening, a missing or empty directory, an index that cannot be read
 * (corrupt files, a format of another Lucene version), or a generation started empty and never rebuilt
 * makes {@link #needsRebuild()} true; unreadable files are deleted and an empty generation is started so
 * that the application works while it rebuilds from its database.
 *
 * <p><b>Searching.</b> The reader's access and the request's choices are filter clauses of the one query
 * that finds, counts and sorts, so nothing outside them is ever counted or highlighted. Every hit is visited
 * (the facet counts need them all), so totals are exact. Snippets are cut from the stored text, description
 * or title, using the offsets kept in the postings.
 *
 * <p>Thread safe. A lock file keeps a second instance (in this or another process) from opening the same
 * directory.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

    private static final String GENERATION_PREFIX = "index-";
    private static final Pattern GENERATION_NAME = Pattern.compile(Pattern.quote(GENERATION_PREFIX) + "(\\d{1,18})");
    private static final String INSTANCE_LOCK = "instance.lock";
    /** Commit data key: "true" once a rebuild has filled the generation, "false" while started empty. */
    private static final String COMPLETE = "complete";
    /** Present in the index directory while changes wait for their commit. */
    static final String UNCOMMITTED_MARKER = "uncommitted-changes";
    /** The longest a change waits for its commit. */
    static final Duration COMMIT_DELAY = Duration.ofSeconds(1);

    /** Characters around the matched words: about two lines of a result list. */
    private static final int SNIPPET_LENGTH = 240;
    /** The fields a snippet is cut from, best first. */
    private static final String[] SNIPPET_FIELDS = {IndexFields.TEXT, IndexFields.DESCRIPTION, IndexFields.TITLE};

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.UPDATED_AT, SortField.Type.LONG, true),
            new SortField(IndexFields.ID, SortField.Type.LONG, true));
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(IndexFields.UPDATED_AT, SortField.Type.LONG, true),
            new SortField(IndexFields.ID, SortField.Type.LONG, true));

    private final Path root;
    private final Analyzer analyzer = new FrenchTextAnalyzer();
    private final TypedWords typedWords = new TypedWords(analyzer);
    private final Directory rootDirectory;
    private final Lock instanceLock;

    /** Read-held to use the generations, write-held to replace them or close. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** One rebuild at a time; a second one waits for the first. */
    private final ReentrantLock rebuildLock = new ReentrantLock();

    /**
     * Read-held while a change is made, write-held to note that the changes made so far are being committed:
     * a change is either in the commit or marked {@link #uncommitted} after it.
     */
    private final ReentrantReadWriteLock changesLock = new ReentrantReadWriteLock();
    /** Changes were made since the last commit began (then the marker file exists). */
    private volatile boolean uncommitted;
    /** Changes made so far; searchers are refreshed when they are behind it. */
    private final AtomicLong changesMade = new AtomicLong();
    /**
     * Searches one query's larger segments side by side, one thread per processor: on a lightly loaded server a
     * search takes the time of its largest slice rather than the sum of them. Only while no other search runs:
     * when several people search at once, each search already has a processor of its own, and splitting them
     * further only adds hand-overs between threads (see {@link #searchesRunning}).
     */
    private final ExecutorService sliceSearchers = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "search-index-slice");
                thread.setDaemon(true);
                return thread;
            });
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-index-commit");
        thread.setDaemon(true);
        return thread;
    });

    /** Searches under way: a search that starts while another runs searches its segments one after the other. */
    private final AtomicInteger searchesRunning = new AtomicInteger();

    private final SearcherFactory searcherFactory = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new SlicedSearcher(reader, sliceSearchers);
        }
    };

    private Generation current;
    private Build build;
    private long lastGenerationNumber;
    private boolean closed;
    private volatile boolean needsRebuild;

    /**
     * Opens the index in this directory, creating it if missing.
     *
     * @throws IllegalStateException when another instance has it open
     * @throws UncheckedIOException  when the directory cannot be used at all (permissions, disk)
     */
    public LuceneSearchIndex(Path directory) {
        root = directory.toAbsolutePath();
        Directory opened = null;
        Lock obtained = null;
        try {
            Files.createDirectories(root);
            opened = FSDirectory.open(root);
            try {
                obtained = opened.obtainLock(INSTANCE_LOCK);
            } catch (LockObtainFailedException e) {
                throw new IllegalStateException("The search index in " + root + " is already open", e);
            }
            current = openCurrentGeneration();
            rootDirectory = opened;
            instanceLock = obtained;
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(obtained, opened);
            throw new UncheckedIOException("Cannot open the search index in " + root, e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(obtained, opened);
            throw e;
        }
    }

    @Override
    public void put(IndexedDocument document) {
        Objects.requireNonNull(document, "document");
        lock.readLock().lock();
        try {
            ensureOpen();
            change(() -> {
                current.writer.updateDocument(IndexFields.idTerm(document.id()), IndexFields.toDocument(document));
                if (build != null) {
                    build.put(document.id(), IndexFields.toDocument(document));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index document " + document.id(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void remove(long documentId) {
        lock.readLock().lock();
        try {
            ensureOpen();
            change(() -> {
                current.writer.deleteDocuments(IndexFields.idTerm(documentId));
                if (build != null) {
                    build.remove(documentId);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove document " + documentId + " from the index", e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A change of the index's contents. */
    @FunctionalInterface
    private interface Change {
        void make() throws IOException;
    }

    /** Makes a change, marked uncommitted first, with a commit scheduled. Called with the read lock held. */
    private void change(Change change) throws IOException {
        changesLock.readLock().lock();
        try {
            if (!uncommitted) {
                markUncommitted();
            }
            change.make();
            changesMade.incrementAndGet();
        } finally {
            changesLock.readLock().unlock();
        }
    }

    private synchronized void markUncommitted() throws IOException {
        if (uncommitted) {
            return;
        }
        Path marker = root.resolve(UNCOMMITTED_MARKER);
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
        uncommitted = true;
        committer.schedule(this::commitChanges, COMMIT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Commits the changes made so far, then removes the marker unless more were made meanwhile (they have their
     * own commit scheduled) or the index needs a rebuild anyway.
     */
    void commitChanges() {
        lock.readLock().lock();
        try {
            if (closed) {
                return;
            }
            changesLock.writeLock().lock();
            try {
                if (!uncommitted) {
                    return;
                }
                uncommitted = false;
            } finally {
                changesLock.writeLock().unlock();
            }
            try {
                current.writer.commit();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The search index could not commit its latest changes; trying again", e);
                try {
                    markUncommitted();
                } catch (IOException again) {
                    LOG.log(Level.SEVERE, "The search index cannot record that changes are uncommitted", again);
                }
                return;
            }
            removeMarkerIfCommitted();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void removeMarkerIfCommitted() {
        changesLock.writeLock().lock();
        try {
            if (!uncommitted && !needsRebuild) {
                Files.deleteIfExists(root.resolve(UNCOMMITTED_MARKER));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + UNCOMMITTED_MARKER + ": the index will be rebuilt on next start",
                    e);
        } finally {
            changesLock.writeLock().unlock();
        }
    }

    @Override
    public SearchResults search(SearchRequest request, ReaderAccess access) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(access, "access");
        return withSearcher("Cannot search the index", searcher -> search(searcher, request, access));
    }

    /** Runs the work on a searcher of the current generation, released afterwards whatever happens. */
    private <T> T withSearcher(String failure, SearcherWork<T> work) {
        Generation generation;
        IndexSearcher searcher;
        lock.readLock().lock();
        try {
            ensureOpen();
            generation = current;
            generation.refreshUpTo(changesMade);
            searcher = generation.searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(failure, e);
        } finally {
            lock.readLock().unlock();
        }
        boolean alone = searchesRunning.incrementAndGet() == 1;
        try {
            return work.apply(alone ? searcher : oneSliceAtATime(searcher));
        } catch (IOException e) {
            throw new UncheckedIOException(failure, e);
        } finally {
            searchesRunning.decrementAndGet();
            release(generation, searcher);
        }
    }

    /** A searcher of the same reader that searches its segments on the calling thread (cheap to make). */
    private static IndexSearcher oneSliceAtATime(IndexSearcher sliced) {
        IndexSearcher searcher = new IndexSearcher(sliced.getIndexReader());
        searcher.setSimilarity(sliced.getSimilarity());
        return searcher;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request, ReaderAccess access)
            throws IOException {
        Query words = typedWords.parse(request.words());
        Query query = withFilters(words == null ? new MatchAllDocsQuery() : words, request, access);

        int maxDoc = searcher.getIndexReader().maxDoc();
        int wanted = (int) Math.max(1, Math.min((long) request.offset() + request.limit(), maxDoc));
        Sort sort = request.order() == SearchRequest.Order.NEWEST ? NEWEST_FIRST : BY_RELEVANCE;
        Object[] collected = searcher.search(query, new MultiCollectorManager(
                new TopFieldCollectorManager(sort, wanted, null, wanted), new FacetCounter.Manager()));
        TopFieldDocs top = (TopFieldDocs) collected[0];
        FacetCounter.Manager.Result counted = (FacetCounter.Manager.Result) collected[1];

        ScoreDoc[] page = request.offset() < top.scoreDocs.length
                ? Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length)
                : new ScoreDoc[0];
        if (page.length == 0) {
            return new SearchResults(counted.total(), List.of(), counted.facets());
        }
        TopFieldCollector.populateScores(page, searcher, query);
        String[] snippets = snippets(searcher, words, page);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            long id = Long.parseLong(stored.document(page[i].doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            hits.add(new Hit(id, page[i].score, snippets[i]));
        }
        return new SearchResults(counted.total(), hits, counted.facets());
    }

    /** The reader's access and the request's choices, as filters: they narrow the hits without scoring. */
    private static Query withFilters(Query words, SearchRequest request, ReaderAccess access) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (!access.everything()) {
            List<BytesRef> readable = new ArrayList<>();
            readable.add(new BytesRef(IndexFields.VISIBLE_TO_ALL));
            access.bodyIds().forEach(bodyId -> readable.add(new BytesRef(IndexFields.visibleToBody(bodyId))));
            query.add(new TermInSetQuery(IndexFields.VISIBILITY, readable), Occur.FILTER);
        }
        if (request.category() != null) {
            query.add(new TermQuery(new Term(IndexFields.CATEGORY, request.category())), Occur.FILTER);
        }
        if (request.bodyId() != null) {
            query.add(new TermQuery(new Term(IndexFields.VISIBILITY, IndexFields.visibleToBody(request.bodyId()))),
                    Occur.FILTER);
        }
        if (request.type() != null) {
            query.add(new TermQuery(new Term(IndexFields.TYPE, request.type())), Occur.FILTER);
        }
        if (request.year() != null) {
            query.add(new TermQuery(new Term(IndexFields.YEAR, request.year().toString())), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * For each hit, the passage of its best field around the words searched; empty when nothing was searched
     * or no stored field holds them (a match in the tags only). Highlighting only sees the hits of the page,
     * which the access filter already let through.
     *
     * <p>The best field is highlighted for every hit, the next one only for the hits it had nothing for: most
     * hits are found in their text, and highlighting a field costs about as much per hit whatever its length
     * (the highlighter matches the whole query against the hit once per field).
     */
    private String[] snippets(IndexSearcher searcher, Query words, ScoreDoc[] page) throws IOException {
        String[] snippets = new String[page.length];
        Arrays.fill(snippets, "");
        if (words == null) {
            return snippets;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkedSnippetFormatter())
                .withScorer(new LeanPassageScorer())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.FRENCH), SNIPPET_LENGTH, 0.5f))
                // The default (10,000 characters) would miss words further in a long text.
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .build();
        List<Integer> waiting = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            waiting.add(i);
        }
        for (String field : SNIPPET_FIELDS) {
            if (waiting.isEmpty()) {
                break;
            }
            int[] docIds = waiting.stream().mapToInt(i -> page[i].doc).toArray();
            String[] found = highlighter.highlightFields(new String[] {field}, words, docIds, new int[] {1}).get(field);
            List<Integer> stillWaiting = new ArrayList<>();
            for (int k = 0; k < docIds.length; k++) {
                if (found[k] != null && !found[k].isBlank()) {
                    snippets[waiting.get(k)] = found[k];
                } else {
                    stillWaiting.add(waiting.get(k));
                }
            }
            waiting = stillWaiting;
        }
        return snippets;
    }

    @Override
    public void rebuild(DocumentSource source, RebuildProgress progress) {
        Objects.requireNonNull(source, "source");
        rebuildLock.lock();
        try {
            Build started;
            lock.writeLock().lock();
            try {
                ensureOpen();
                // Not committed until complete: a crash meanwhile leaves no index there, deleted on next start.
                started = new Build(Generation.open(nextGenerationPath(), analyzer, searcherFactory, Generation.Start.NEW_UNCOMMITTED));
                build = started;
            } finally {
                lock.writeLock().unlock();
            }
            try {
                fill(started, source, progress);
                started.generation.commit(true);
                swapIn(started);
            } catch (IOException | RuntimeException e) {
                lock.writeLock().lock();
                try {
                    if (build == started) {
                        build = null;
                    }
                } finally {
                    lock.writeLock().unlock();
                }
                started.generation.discard();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the search index", e);
        } finally {
            rebuildLock.unlock();
        }
    }

    private static void fill(Build build, DocumentSource source, RebuildProgress progress) {
        long total = source.count();
        long[] done = {0};
        source.forEach(document -> {
            try {
                build.fromSource(document);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot index document " + document.id(), e);
            }
            done[0]++;
            if (progress != null) {
                progress.indexed(done[0], Math.max(total, done[0]));
            }
        });
    }

    /** Makes the rebuilt generation the current one, then deletes the previous one. */
    private void swapIn(Build rebuilt) throws IOException {
        Generation previous;
        lock.writeLock().lock();
        try {
            ensureOpen();
            // Puts and removes made since the rebuild's own commit.
            rebuilt.generation.writer.commit();
            rebuilt.generation.searchers.maybeRefreshBlocking();
            rebuilt.generation.visibleChanges = changesMade.get();
            previous = current;
            current = rebuilt.generation;
            build = null;
            needsRebuild = false;
        } finally {
            lock.writeLock().unlock();
        }
        // A marker left by a crash is answered by this rebuild; changes made since are in its commit.
        removeMarkerIfCommitted();
        // Searches still holding the previous searcher finish with it: its files stay open until released.
        previous.close();
        deleteQuietly(previous.path);
    }

    @Override
    public long size() {
        return withSearcher("Cannot read the index", searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public boolean needsRebuild() {
        return needsRebuild;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            committer.shutdownNow();
            sliceSearchers.shutdown();
            if (build != null) {
                // The rebuild in progress fails on its next document and cleans up after itself.
                build.generation.abandon();
                build = null;
            }
            try {
                current.close();
                uncommitted = false;
                removeMarkerIfCommitted();
            } finally {
                IOUtils.closeWhileHandlingException(instanceLock, rootDirectory, analyzer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The search index in " + root + " is closed");
        }
    }

    private static void release(Generation generation, IndexSearcher searcher) {
        try {
            generation.searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release a searcher", e);
        }
    }

    // ----- Opening -----

    /**
     * The newest committed generation if it can be read; otherwise a new, empty one. Any other generation
     * (the previous one of an interrupted swap, an uncommitted rebuild, an unreadable one) is deleted.
     */
    private Generation openCurrentGeneration() throws IOException {
        List<Path> generations = generations();
        lastGenerationNumber = generations.isEmpty() ? 0 : generationNumber(generations.get(0));
        Generation opened = null;
        for (Path path : generations) {
            if (hasCommit(path)) {
                opened = openExisting(path);
                break;
            }
        }
        if (opened == null) {
            opened = Generation.open(nextGenerationPath(), analyzer, searcherFactory, Generation.Start.NEW_EMPTY);
            needsRebuild = true;
        } else {
            needsRebuild = !opened.isComplete();
        }
        if (Files.exists(root.resolve(UNCOMMITTED_MARKER))) {
            LOG.warning("The application stopped before the search index committed its latest changes: "
                    + "it answers from its last commit until it is rebuilt");
            needsRebuild = true;
        }
        for (Path path : generations) {
            if (!path.equals(opened.path)) {
                deleteQuietly(path);
            }
        }
        return opened;
    }

    private Generation openExisting(Path path) throws IOException {
        try {
            return Generation.open(path, analyzer, searcherFactory, Generation.Start.EXISTING);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // The index only mirrors the database: rather than keep the application from starting, start
            // empty and let it rebuild.
            LOG.log(Level.WARNING, e, () -> "The search index in " + path
                    + " cannot be read; it is deleted and must be rebuilt");
            return null;
        }
    }

    private static boolean hasCommit(Path path) {
        try (Directory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The generation sub-directories, newest first. */
    private List<Path> generations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(path -> GENERATION_NAME.matcher(path.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(LuceneSearchIndex::generationNumber).reversed())
                    .toList();
        }
    }

    private static long generationNumber(Path path) {
        Matcher matcher = GENERATION_NAME.matcher(path.getFileName().toString());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private Path nextGenerationPath() {
        lastGenerationNumber++;
        return root.resolve(GENERATION_PREFIX + lastGenerationNumber);
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // Left for the next start, which deletes every generation but the current one.
            LOG.log(Level.WARNING, e, () -> "Cannot delete the former search index " + path);
        }
    }

    // ----- Generations -----

    /** A searcher whose slices are its segments of some size, each searched on its own thread. */
    private static final class SlicedSearcher extends IndexSearcher {

        /** Smaller segments are grouped: a thread per tiny segment costs more than it saves. */
        private static final int MIN_DOCUMENTS_PER_SLICE = 10_000;

        SlicedSearcher(IndexReader reader, ExecutorService executor) {
            super(reader, executor);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return slices(leaves, MIN_DOCUMENTS_PER_SLICE, 1_000);
        }
    }

    /** One index directory with its writer and its near-real-time searchers. */
    private static final class Generation {

        enum Start { EXISTING, NEW_EMPTY, NEW_UNCOMMITTED }

        final Path path;
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        /** How many of the index's changes the searchers show. */
        volatile long visibleChanges;

        private Generation(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
            this.path = path;
            this.directory = directory;
            this.writer = writer;
            this.searchers = searchers;
        }

        /**
         * Opens or creates the index of this path. Opening an existing one reads every segment (through the
         * first searcher), which is where corrupt or foreign-format files show.
         */
        static Generation open(Path path, Analyzer analyzer, SearcherFactory searcherFactory, Start start)
                throws IOException {
            Directory directory = null;
            IndexWriter writer = null;
            try {
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
                IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(
                        start == Start.EXISTING ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
                writer = new IndexWriter(directory, config);
                Generation generation = new Generation(path, directory, writer,
                        new SearcherManager(writer, searcherFactory));
                if (start == Start.NEW_EMPTY) {
                    generation.commit(false);
                }
                return generation;
            } catch (IOException | RuntimeException e) {
                if (writer != null) {
                    // Not close(): that would commit, over files that may be broken.
                    try {
                        writer.rollback();
                    } catch (IOException | RuntimeException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                IOUtils.closeWhileHandlingException(directory);
                throw e;
            }
        }

        /** Refreshes the searchers if they do not show all the changes made so far. */
        void refreshUpTo(AtomicLong changesMade) throws IOException {
            if (visibleChanges >= changesMade.get()) {
                return;
            }
            synchronized (this) {
                long made = changesMade.get();
                if (visibleChanges < made) {
                    searchers.maybeRefreshBlocking();
                    visibleChanges = made;
                }
            }
        }

        /** Commits, recording whether the generation holds every document (after a rebuild) or not. */
        void commit(boolean complete) throws IOException {
            writer.setLiveCommitData(Map.of(COMPLETE, Boolean.toString(complete)).entrySet());
            writer.commit();
        }

        boolean isComplete() {
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                for (Map.Entry<String, String> entry : data) {
                    if (COMPLETE.equals(entry.getKey())) {
                        return Boolean.parseBoolean(entry.getValue());
                    }
                }
            }
            return false;
        }

        /** Closes, committing what is pending. */
        void close() throws IOException {
            IOUtils.close(searchers, writer, directory);
        }

        /** Closes without committing. */
        void abandon() {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Rolling back an abandoned search index", e);
            }
            IOUtils.closeWhileHandlingException(searchers, directory);
        }

        /** Closes without committing, and deletes the files. */
        void discard() {
            abandon();
            deleteQuietly(path);
        }
    }

    /**
     * A rebuild in progress: its generation, and the documents put or removed since it started, which the
     * rebuild then skips, as its source may have read them before the change.
     */
    private static final class Build {

        final Generation generation;
        private final Set<Long> changed = new HashSet<>();

        Build(Generation generation) {
            this.generation = generation;
        }

        synchronized void put(long id, Document document) throws IOException {
            changed.add(id);
            generation.writer.updateDocument(IndexFields.idTerm(id), document);
        }

        synchronized void remove(long id) throws IOException {
            changed.add(id);
            generation.writer.deleteDocuments(IndexFields.idTerm(id));
        }

        synchronized void fromSource(IndexedDocument document) throws IOException {
            if (!changed.contains(document.id())) {
                generation.writer.updateDocument(IndexFields.idTerm(document.id()), IndexFields.toDocument(document));
            }
        }
    }
}
