package fr.prma.interactifs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.prma.interactifs.documents.entity.DepositedFile;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.storage.FileContentStore;
import fr.prma.interactifs.documents.storage.StoredContent;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.testing.SampleFiles;

/**
 * A library of documents whose text was already read, written straight into a stopped product's database and
 * content store, as an import of such documents would leave them: one current version each, its extraction
 * done, its text in the content store. Depositing a hundred thousand files through the reading pipeline would
 * take hours and measure the extraction, not the search.
 *
 * <p>Each document is drawn from a generator seeded by the run's seed and the document's rank, so that the same
 * seed gives the same library whatever the number of threads writing it. Texts are French prose of 1 to 20 KB
 * (log-uniform: many short notes, a few long studies), each closed by the same signature, whose word
 * {@link #MARKER} nothing else in the product holds: a search for it finds every document one may read.
 *
 * <p>Ids are taken above whatever the product's sequences have handed out, and the sequences are moved past
 * them, so the product's own deposits never collide with them.
 */
final class SearchCorpus {

    /** The word of the signature every seeded text ends with, and that no other text of the product holds. */
    static final String MARKER = "pôle";
    private static final String SIGNATURE = "Document archivé du pôle Les Interactifs.";

    /** A library's bin, not emptied yet: the rebuild must leave these out. */
    private static final int IN_BIN_PERCENT = 2;
    private static final int MIN_TEXT_CHARS = 1_000;
    private static final int MAX_TEXT_CHARS = 20_000;
    private static final int CHUNK = 500;
    /** Each stored text is forced to disk: several writers overlap those waits. */
    private static final int WRITERS = 8;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DocumentCategory[] CATEGORIES = DocumentCategory.values();

    /**
     * Who may read a document, with its share of the library: half of it is readable by a member of the
     * departmental meeting and the steering committee (such as ines.garnier), the part visible to all by anyone.
     */
    enum Visibility {
        TO_ALL(30, EnumSet.noneOf(BodyCode.class), "tout le pôle"),
        DEPARTMENTAL_MEETING(10, EnumSet.of(BodyCode.DEPARTMENTAL_MEETING), "réunion départementale"),
        STEERING_COMMITTEE_AND_WORKING_GROUP(10, EnumSet.of(BodyCode.STEERING_COMMITTEE, BodyCode.WORKING_GROUP),
                "comité de pilotage et groupe de travail resserré"),
        WORKING_GROUP(50, EnumSet.of(BodyCode.WORKING_GROUP), "groupe de travail resserré seul");

        final int percent;
        final Set<BodyCode> bodies;
        final String label;

        Visibility(int percent, Set<BodyCode> bodies, String label) {
            this.percent = percent;
            this.bodies = bodies;
            this.label = label;
        }

        boolean readableBy(Set<BodyCode> seats) {
            return bodies.isEmpty() || bodies.stream().anyMatch(seats::contains);
        }

        static Visibility draw(int percentile) {
            int bound = 0;
            for (Visibility visibility : values()) {
                bound += visibility.percent;
                if (percentile < bound) {
                    return visibility;
                }
            }
            throw new IllegalArgumentException("percentile " + percentile);
        }
    }

    /** The file a document's version was deposited as: one small stored file per type, shared by all. */
    private record Original(String sha256, long size, String mediaType, String extension, int percent) {
    }

    private record Uploader(long personId, Long organisationId) {
    }

    private record Drawn(long id, long versionId, String title, String description, DocumentCategory category,
            Set<String> tags, Visibility visibility, Original original, int year, OffsetDateTime updatedAt,
            Uploader uploader, String textSha256, boolean inBin) {
    }

    /**
     * What was seeded.
     *
     * @param documents    every document written, those in the bin included
     * @param byVisibility the documents out of the bin, by visibility
     * @param inBin        the documents in the bin
     * @param textBytes    the bytes of all the texts, in UTF-8
     */
    record Seeded(int documents, Map<Visibility, Integer> byVisibility, int inBin, long textBytes, Duration took) {

        /** The documents of the library, out of the bin: those the index holds. */
        int live() {
            return documents - inBin;
        }

        /** How many documents someone sitting in these bodies may read. */
        long readableBy(Set<BodyCode> seats) {
            return byVisibility.entrySet().stream().filter(entry -> entry.getKey().readableBy(seats))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        /** Among those, how many each body is named on: what the search's body facet counts. */
        Map<BodyCode, Long> readableByBody(Set<BodyCode> seats) {
            Map<BodyCode, Long> counts = new EnumMap<>(BodyCode.class);
            byVisibility.forEach((visibility, count) -> {
                if (visibility.readableBy(seats)) {
                    visibility.bodies.forEach(body -> counts.merge(body, (long) count, Long::sum));
                }
            });
            return counts;
        }
    }

    private SearchCorpus() {
    }

    /** The product's H2 database in this data directory; only while the product is stopped. */
    static Connection database(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db").resolve("interactifs"),
                "interactifs", "interactifs");
    }

    /** The bodies this person sits in, as the directory recorded them at their last sign-in. */
    static Set<BodyCode> bodiesOf(Path dataDir, String username) throws SQLException {
        try (Connection db = database(dataDir);
                PreparedStatement query = db.prepareStatement("select distinct b.code from membership m"
                        + " join person p on p.id = m.person_id join body b on b.id = m.body_id where p.username = ?")) {
            query.setString(1, username);
            Set<BodyCode> bodies = EnumSet.noneOf(BodyCode.class);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bodies.add(BodyCode.valueOf(rows.getString(1)));
                }
            }
            try (PreparedStatement known = db.prepareStatement("select count(*) from person where username = ?")) {
                known.setString(1, username);
                try (ResultSet rows = known.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        throw new IllegalStateException(username + " is not in the directory");
                    }
                }
            }
            return bodies;
        }
    }

    /** Seeds that many documents into the stopped product's data directory. */
    static Seeded seed(Path dataDir, int documents, long seed) throws IOException, SQLException, InterruptedException {
        Instant started = Instant.now();
        FileContentStore store = new FileContentStore(dataDir.resolve("content"));
        List<Original> originals = storeOriginals(store);
        Map<Visibility, Integer> byVisibility = new EnumMap<>(Visibility.class);
        int inBin = 0;
        long textBytes = 0;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (Connection db = database(dataDir)) {
            db.setAutoCommit(false);
            Map<BodyCode, Long> bodyIds = bodyIds(db);
            List<Uploader> uploaders = uploaders(db);
            long firstId = firstFreeId(db, "document");
            long firstVersionId = firstFreeId(db, "document_version");
            try (PreparedStatement document = db.prepareStatement("insert into document (id, title, title_from_name,"
                    + " description, category, visible_to_all, filed_year, type_family, current_number, uploader_id,"
                    + " organisation_id, created_at, updated_at, deleted_at, deleted_by_id, version)"
                    + " values (?, ?, false, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement body = db.prepareStatement(
                            "insert into document_body (document_id, body_id) values (?, ?)");
                    PreparedStatement tag = db.prepareStatement(
                            "insert into document_tag (document_id, tag) values (?, ?)");
                    PreparedStatement version = db.prepareStatement("insert into document_version (id, document_id,"
                            + " version_number, content_sha256, size_bytes, original_name, media_type, uploaded_by_id,"
                            + " uploaded_at, extraction_status, extraction_attempts, extracted_at, text_sha256,"
                            + " text_truncated, property_language, version) values (?, ?, 1, ?, ?, ?, ?, ?, ?, 'DONE',"
                            + " 1, ?, ?, false, 'fr', 0)")) {
                for (int from = 0; from < documents; from += CHUNK) {
                    List<Future<Drawn>> chunk = new ArrayList<>();
                    long[] chunkBytes = new long[Math.min(CHUNK, documents - from)];
                    for (int rank = from; rank < Math.min(from + CHUNK, documents); rank++) {
                        int r = rank;
                        int slot = rank - from;
                        chunk.add(writers.submit(() -> draw(seed, r, firstId + r, firstVersionId + r, originals,
                                uploaders, store, chunkBytes, slot)));
                    }
                    for (Future<Drawn> future : chunk) {
                        Drawn drawn = resultOf(future);
                        add(drawn, document, body, tag, version, bodyIds);
                        if (drawn.inBin()) {
                            inBin++;
                        } else {
                            byVisibility.merge(drawn.visibility(), 1, Integer::sum);
                        }
                    }
                    document.executeBatch();
                    body.executeBatch();
                    tag.executeBatch();
                    version.executeBatch();
                    db.commit();
                    for (long bytes : chunkBytes) {
                        textBytes += bytes;
                    }
                    int done = Math.min(from + CHUNK, documents);
                    if (done % 10_000 == 0 || done == documents) {
                        System.out.printf(Locale.FRENCH, "  %,d documents sur %,d écrits (%d s)%n", done, documents,
                                Duration.between(started, Instant.now()).toSeconds());
                    }
                }
            }
            moveSequencePast(db, "document_seq", firstId + documents);
            moveSequencePast(db, "document_version_seq", firstVersionId + documents);
            db.commit();
        } finally {
            writers.shutdownNow();
        }
        return new Seeded(documents, byVisibility, inBin, textBytes, Duration.between(started, Instant.now()));
    }

    private static Drawn resultOf(Future<Drawn> future) throws InterruptedException, IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("Cannot seed a document", e.getCause());
        }
    }

    /** Draws the document of this rank and stores its text; its text's size goes to {@code bytes[slot]}. */
    private static Drawn draw(long seed, int rank, long id, long versionId, List<Original> originals,
            List<Uploader> uploaders, FileContentStore store, long[] bytes, int slot) {
        FrenchText words = new FrenchText(mixed(seed, rank));
        String title = words.title();
        String description = words.nextInt(3) == 0 ? words.sentence() : null;
        DocumentCategory category = CATEGORIES[words.nextInt(CATEGORIES.length)];
        Set<String> tags = new LinkedHashSet<>();
        for (int i = words.nextInt(4); i > 0; i--) {
            String noun = FrenchText.NOUNS.get(words.nextInt(FrenchText.NOUNS.size()));
            tags.add(noun.substring(noun.contains("'") ? noun.indexOf('\'') + 1 : noun.indexOf(' ') + 1));
        }
        Visibility visibility = Visibility.draw(words.nextInt(100));
        Original original = originalOf(originals, words.nextInt(100));
        int year = 2015 + words.nextInt(11);
        OffsetDateTime updatedAt = LocalDate.of(year, 1, 1).plusDays(words.nextInt(365)).atStartOfDay(PARIS)
                .plusSeconds(words.nextInt(86_400)).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        Uploader uploader = uploaders.get(rank % uploaders.size());
        boolean inBin = words.nextInt(100) < IN_BIN_PERCENT;

        double share = words.nextInt(10_000) / 10_000.0;
        int length = (int) Math.round(MIN_TEXT_CHARS * Math.pow((double) MAX_TEXT_CHARS / MIN_TEXT_CHARS, share));
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            text.append(words.paragraph(3 + words.nextInt(6))).append("\n\n");
        }
        text.append(SIGNATURE);
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            StoredContent stored = store.store(utf8);
            bytes[slot] = utf8.length;
            return new Drawn(id, versionId, title, description, category, tags, visibility, original, year,
                    updatedAt, uploader, stored.sha256(), inBin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed of its own for each document (SplitMix64's finaliser), so that neighbours do not look alike. */
    private static long mixed(long seed, int rank) {
        long z = seed + (rank + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void add(Drawn drawn, PreparedStatement document, PreparedStatement body, PreparedStatement tag,
            PreparedStatement version, Map<BodyCode, Long> bodyIds) throws SQLException {
        document.setLong(1, drawn.id());
        document.setString(2, drawn.title());
        document.setString(3, drawn.description());
        document.setString(4, drawn.category().name());
        document.setBoolean(5, drawn.visibility().bodies.isEmpty());
        document.setInt(6, drawn.year());
        document.setString(7, DepositedFile.familyOf(drawn.original().mediaType()));
        document.setLong(8, drawn.uploader().personId());
        if (drawn.uploader().organisationId() == null) {
            document.setNull(9, java.sql.Types.BIGINT);
        } else {
            document.setLong(9, drawn.uploader().organisationId());
        }
        document.setObject(10, drawn.updatedAt());
        document.setObject(11, drawn.updatedAt());
        if (drawn.inBin()) {
            document.setObject(12, drawn.updatedAt().plusDays(1));
            document.setLong(13, drawn.uploader().personId());
        } else {
            document.setNull(12, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            document.setNull(13, java.sql.Types.BIGINT);
        }
        document.addBatch();

        for (BodyCode code : drawn.visibility().bodies) {
            body.setLong(1, drawn.id());
            body.setLong(2, bodyIds.get(code));
            body.addBatch();
        }
        for (String name : drawn.tags()) {
            tag.setLong(1, drawn.id());
            tag.setString(2, name);
            tag.addBatch();
        }

        version.setLong(1, drawn.versionId());
        version.setLong(2, drawn.id());
        version.setString(3, drawn.original().sha256());
        version.setLong(4, drawn.original().size());
        version.setString(5, fileName(drawn.title()) + drawn.original().extension());
        version.setString(6, drawn.original().mediaType());
        version.setLong(7, drawn.uploader().personId());
        version.setObject(8, drawn.updatedAt());
        version.setObject(9, drawn.updatedAt());
        version.setString(10, drawn.textSha256());
        version.addBatch();
    }

    private static String fileName(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static List<Original> storeOriginals(FileContentStore store) throws IOException {
        String line = "Document importé dans la bibliothèque des Interactifs ; son texte a été lu à l'import.";
        List<Original> originals = new ArrayList<>();
        byte[][] files = {SampleFiles.pdf("Document importé", "Les Interactifs", line), SampleFiles.docx(line),
            SampleFiles.text(line), SampleFiles.html("Document importé", line)};
        String[][] types = {{"application/pdf", ".pdf", "50"},
            {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "30"},
            {"text/plain", ".txt", "10"}, {"text/html", ".html", "10"}};
        for (int i = 0; i < files.length; i++) {
            StoredContent stored = store.store(files[i]);
            originals.add(new Original(stored.sha256(), stored.size(), types[i][0], types[i][1],
                    Integer.parseInt(types[i][2])));
        }
        return originals;
    }

    private static Original originalOf(List<Original> originals, int percentile) {
        int bound = 0;
        for (Original original : originals) {
            bound += original.percent();
            if (percentile < bound) {
                return original;
            }
        }
        return originals.get(originals.size() - 1);
    }

    /** The id of each body in the product's database: the values of the search's body facet. */
    static Map<BodyCode, Long> bodyIds(Path dataDir) throws SQLException {
        try (Connection db = database(dataDir)) {
            return bodyIds(db);
        }
    }

    private static Map<BodyCode, Long> bodyIds(Connection db) throws SQLException {
        Map<BodyCode, Long> ids = new EnumMap<>(BodyCode.class);
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select id, code from body")) {
            while (rows.next()) {
                ids.put(BodyCode.valueOf(rows.getString(2)), rows.getLong(1));
            }
        }
        return ids;
    }

    /** People of the cluster's structures and coordination (partners do not deposit), in id order. */
    private static List<Uploader> uploaders(Connection db) throws SQLException {
        List<Uploader> uploaders = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select p.id,"
                + " p.organisation_id from person p join organisation o on o.id = p.organisation_id"
                + " where o.kind <> 'PARTNER' order by p.id")) {
            while (rows.next()) {
                uploaders.add(new Uploader(rows.getLong(1), rows.getLong(2)));
            }
        }
        if (uploaders.isEmpty()) {
            throw new IllegalStateException("Nobody of the cluster's structures is in the directory yet");
        }
        return uploaders;
    }

    /**
     * An id above every row of the table and every value its sequence handed out: the product allocates ids
     * fifty at a time, ending at the value the sequence gave.
     */
    private static long firstFreeId(Connection db, String table) throws SQLException {
        try (Statement query = db.createStatement()) {
            long highest;
            try (ResultSet rows = query.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rows.next();
                highest = rows.getLong(1);
            }
            try (ResultSet rows = query.executeQuery("select next value for " + table + "_seq")) {
                rows.next();
                return Math.max(highest, rows.getLong(1)) + 1;
            }
        }
    }

    /** The next values the product takes start after this id. */
    private static void moveSequencePast(Connection db, String sequence, long id) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("alter sequence " + sequence + " restart with " + (id + 50));
        }
    }
}
