package fr.prma.interactifs.documents.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import fr.prma.interactifs.documents.entity.Document;
import fr.prma.interactifs.documents.entity.DocumentVersion;
import fr.prma.interactifs.documents.search.IndexedDocument;
import fr.prma.interactifs.documents.storage.ContentStore;
import fr.prma.interactifs.governance.entity.Body;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the search index is given of a document: its description, visibility and current version's text. */
@ApplicationScoped
public class IndexedDocuments {

    private static final Logger LOG = Logger.getLogger(IndexedDocuments.class.getName());

    @Inject
    ContentStore store;

    public IndexedDocument of(Document document) {
        DocumentVersion current = document.current();
        Set<Long> bodies = document.isVisibleToAll() ? Set.of()
                : document.getBodies().stream().map(Body::getId).collect(Collectors.toSet());
        return new IndexedDocument(document.getId(), document.getTitle(), document.getDescription(),
                document.getTags(), textOf(current), document.getCategory().name(), bodies,
                document.getTypeFamily(), document.getYear(), document.getUpdatedAt());
    }

    /** The extracted text of a version, or empty when there is none (yet). */
    public String textOf(DocumentVersion version) {
        if (version.getTextSha256() == null) {
            return "";
        }
        try (InputStream in = store.open(version.getTextSha256())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            LOG.log(Level.WARNING, "Extracted text {0} of document version {1} is missing from the content store",
                    new Object[] {version.getTextSha256(), version.getId()});
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
