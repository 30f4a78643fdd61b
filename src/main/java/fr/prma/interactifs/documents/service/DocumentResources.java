package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import fr.prma.interactifs.documents.extraction.ExtractionSettings;
import fr.prma.interactifs.documents.extraction.ForkedTikaExtractor;
import fr.prma.interactifs.documents.extraction.TextExtractor;
import fr.prma.interactifs.documents.search.LuceneSearchIndex;
import fr.prma.interactifs.documents.search.SearchIndex;
import fr.prma.interactifs.documents.storage.ContentStore;
import fr.prma.interactifs.documents.storage.FileContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The library's long-lived resources, one each for the application: the content store and the search index
 * under the data directory ({@code content/} and {@code index/}), and the extraction worker. The embedded
 * implementations are chosen here; a distributed deployment would produce others from configuration.
 */
@ApplicationScoped
public class DocumentResources {

    @Inject
    DocumentSettings settings;

    @Produces
    @ApplicationScoped
    ContentStore contentStore() {
        try {
            return new FileContentStore(settings.dataDirectory().resolve("content"));
        } catch (IOException e) {
            throw new UncheckedIOException("The content store cannot be opened under " + settings.dataDirectory(), e);
        }
    }

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex() {
        return new LuceneSearchIndex(settings.dataDirectory().resolve("index"));
    }

    void closeIndex(@Disposes SearchIndex index) {
        index.close();
    }

    @Produces
    @ApplicationScoped
    TextExtractor extractor() {
        ExtractionSettings extraction = settings.extraction();
        try {
            // The worker reads the content store's files; the store may not have been opened yet.
            Files.createDirectories(extraction.baseDirectory());
            Files.createDirectories(extraction.workDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ForkedTikaExtractor(extraction);
    }

    void closeExtractor(@Disposes TextExtractor extractor) {
        extractor.close();
    }
}
