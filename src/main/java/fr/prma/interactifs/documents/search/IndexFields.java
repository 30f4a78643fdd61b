package fr.prma.interactifs.documents.search;

import java.time.Instant;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of an index entry, and how a document becomes one.
 *
 * <p>Words go to analysed fields; the values a search filters by are indexed as exact terms, and those it
 * counts or sorts by are also doc values, which the facet counts and the "newest" order read without
 * loading the stored fields. The fields a snippet is cut from are stored with their offsets in the postings,
 * so that the highlighter finds the matched words without analysing the text again.
 */
final class IndexFields {

    /** Exact term (put replaces by it), stored (hits are returned by it), doc values (order of equal hits). */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String TEXT = "text";
    static final String CATEGORY = "category";
    /** {@link #VISIBLE_TO_ALL}, or {@code body:<id>} for each body: what the access filter matches. */
    static final String VISIBILITY = "visibility";
    /** The body ids alone, as doc values: what the BODY facet counts. */
    static final String BODY = "body";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String UPDATED_AT = "updatedAt";

    static final String VISIBLE_TO_ALL = "all";

    private static final FieldType HIGHLIGHTABLE_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTABLE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE_TEXT.freeze();
    }

    private IndexFields() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static String visibleToBody(long bodyId) {
        return "body:" + bodyId;
    }

    static Document toDocument(IndexedDocument indexed) {
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(indexed.id()), Field.Store.YES));
        document.add(new NumericDocValuesField(ID, indexed.id()));

        document.add(new Field(TITLE, orEmpty(indexed.title()), HIGHLIGHTABLE_TEXT));
        document.add(new Field(DESCRIPTION, indexed.description(), HIGHLIGHTABLE_TEXT));
        document.add(new Field(TEXT, indexed.text(), HIGHLIGHTABLE_TEXT));
        for (String tag : indexed.tags()) {
            if (tag != null && !tag.isBlank()) {
                document.add(new TextField(TAGS, tag, Field.Store.NO));
            }
        }

        addFacet(document, CATEGORY, indexed.category());
        addFacet(document, TYPE, indexed.type());
        addFacet(document, YEAR, Integer.toString(indexed.year()));
        if (indexed.bodyIds().isEmpty()) {
            document.add(new StringField(VISIBILITY, VISIBLE_TO_ALL, Field.Store.NO));
        }
        for (Long bodyId : indexed.bodyIds()) {
            document.add(new StringField(VISIBILITY, visibleToBody(bodyId), Field.Store.NO));
            document.add(new SortedSetDocValuesField(BODY, new BytesRef(Long.toString(bodyId))));
        }

        Instant updatedAt = indexed.updatedAt() == null ? Instant.EPOCH : indexed.updatedAt();
        document.add(new NumericDocValuesField(UPDATED_AT, updatedAt.toEpochMilli()));
        return document;
    }

    private static void addFacet(Document document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new StringField(field, value, Field.Store.NO));
            document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
