package fr.prma.interactifs.documents.search;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The product's own index class ({@link LuceneSearchIndex}) opened in the benchmark's process on a replica of a
 * running product's index generation, so that its search (access filter, exact total, facets, snippets) is timed
 * without the service, the database, JSON and HTTP around it. The replica's files are hard links to the
 * generation's (copies where links are refused): Lucene never changes a file once written, and the product
 * keeps the lock of its own directory, which a second instance could not take.
 */
public final class LinkedIndexReplica implements AutoCloseable {

    private final Path root;
    private final LuceneSearchIndex index;

    private LinkedIndexReplica(Path root) {
        this.root = root;
        this.index = new LuceneSearchIndex(root);
    }

    /** A replica of this generation ({@code index-<n>}) in {@code root}, which must not exist yet. */
    public static LinkedIndexReplica of(Path generation, Path root) throws IOException {
        Path replica = Files.createDirectories(root.resolve(generation.getFileName()));
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals("write.lock")) {
                    continue;
                }
                try {
                    Files.createLink(replica.resolve(file.getFileName()), file);
                } catch (UnsupportedOperationException | FileSystemException noLink) {
                    Files.copy(file, replica.resolve(file.getFileName()));
                }
            }
        }
        LinkedIndexReplica opened = new LinkedIndexReplica(root);
        if (opened.index.needsRebuild()) {
            opened.close();
            throw new IOException("The index generation " + generation + " could not be opened whole");
        }
        return opened;
    }

    /** The product's search as a member of these bodies: the total of hits. */
    public long search(String words, int pageSize, Set<Long> bodyIds) {
        SearchResults results = index.search(new SearchRequest(words, null, null, null, null,
                SearchRequest.Order.RELEVANCE, 0, pageSize), ReaderAccess.memberOf(bodyIds));
        return results.total();
    }

    /** The product's index on the replica. */
    LuceneSearchIndex index() {
        return index;
    }

    @Override
    public void close() throws IOException {
        index.close();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
