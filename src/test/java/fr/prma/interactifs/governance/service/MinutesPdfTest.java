package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.service.MinutesDocument.Action;
import fr.prma.interactifs.governance.service.MinutesDocument.Attendee;
import fr.prma.interactifs.governance.service.MinutesDocument.Decision;
import fr.prma.interactifs.governance.service.MinutesDocument.Section;

/**
 * Renders minutes and reads the PDF back as a reader's tools would: its text and metadata through Apache Tika,
 * its objects through PDFBox.
 */
class MinutesPdfTest {

    private static final String TITLE = "Conseil d’administration de décembre";
    private static final String HOSTILE_DECISION = "<script>alert(1)</script> Le conseil « approuve » R&D 'x' \"y\"";

    private static byte[] pdf;
    private static Extracted extracted;

    @BeforeAll
    static void render() throws Exception {
        pdf = MinutesPdf.render(realistic());
        extracted = Extracted.from(pdf);
    }

    static MinutesDocument realistic() {
        List<Attendee> attendees = List.of(
                new Attendee("Camille Durand", "UPCP-Métive", "Présent(e)", null),
                new Attendee("François Lefèvre", "Boc’Hall", "Présent(e)", null),
                new Attendee("Œdipe Garçon", "Les Ateliers du Marais", "Excusé(e)", "Camille Durand"),
                new Attendee("Hélène Müller", "Le Local", "Présent(e)", null),
                new Attendee("Jérôme N’Diaye", "Coopérative Cœur d’Ouest", "Absent(e)", null),
                new Attendee("Zoé Lambert", "Atelier Façon", "Présent(e)", null),
                new Attendee("Noël Bénard", "Terre & Ciel", "Présent(e)", null));
        List<Section> sections = List.of(
                new Section("Approbation du compte rendu précédent",
                        "<p>Le compte rendu du <strong>12 octobre</strong> est relu ; aucune remarque.</p>",
                        List.of(new Decision("Le compte rendu du 12 octobre est approuvé à l’unanimité.", 5, 0, 1))),
                new Section("Budget 2027",
                        "<h3>Présentation</h3><p>La trésorière présente le budget : <em>dépenses</em> et "
                                + "<strong>recettes</strong> s’équilibrent à 48 500 € grâce à la subvention.</p>"
                                + "<ul><li>Subvention régionale<ul><li>versée en deux fois</li></ul></li>"
                                + "<li>Cotisations des structures membres</li></ul>"
                                + "<p>Détail : <a href=\"https://www.example.org/budget-2027\" target=\"_blank\">"
                                + "tableau en ligne</a>.</p>",
                        List.of(new Decision(HOSTILE_DECISION, null, null, null))),
                new Section("Questions diverses",
                        "<ol><li>Calendrier des formations</li><li>Réservation de la salle du Marché</li></ol>"
                                + "<blockquote>« On s’est déjà vu quelque part ? »</blockquote>"
                                + "<script>alert('discussion')</script><img src=x onerror=alert(1)>",
                        List.of()));
        List<Action> actions = List.of(
                new Action("Envoyer le budget voté à la Région", "Camille Durand", "vendredi 18 décembre 2026"),
                new Action("Réserver la salle pour l’assemblée générale", "François Lefèvre", ""));
        return new MinutesDocument("Conseil d’administration", TITLE, "lundi 7 décembre 2026, 14:00 - 16:30",
                "Maison des associations, salle Æsope", 2,
                "Le nombre d’abstentions était erroné (1 et non 2).", attendees,
                "Le quorum est atteint : 5 présents et 1 pouvoir sur 7 membres.", sections, actions,
                "Publié le 8 décembre 2026 par Camille Durand");
    }

    @Test
    void isAPdf() {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void printsTheMastheadWithTheRevision() {
        assertAll(
                () -> assertContains("Compte rendu – révision 2"),
                () -> assertContains("Conseil d’administration"),
                () -> assertContains(TITLE),
                () -> assertContains("lundi 7 décembre 2026, 14:00 - 16:30"),
                () -> assertContains("Lieu : Maison des associations, salle Æsope"),
                () -> assertContains("Motif de la correction : Le nombre d’abstentions était erroné (1 et non 2)."));
    }

    @Test
    void printsTheAttendanceAndQuorum() {
        assertAll(
                () -> assertContains("Nom Organisation Présence Pouvoir"),
                () -> assertContains("Camille Durand"),
                () -> assertContains("Œdipe Garçon"),
                () -> assertContains("Hélène Müller"),
                () -> assertContains("Jérôme N’Diaye"),
                () -> assertContains("Coopérative Cœur d’Ouest"),
                () -> assertContains("Terre & Ciel"),
                () -> assertContains("Excusé(e) Camille Durand"),
                () -> assertContains("Le quorum est atteint : 5 présents et 1 pouvoir sur 7 membres."));
    }

    @Test
    void printsEachAgendaItemWithItsDiscussionAndDecisions() {
        assertAll(
                () -> assertContains("1. Approbation du compte rendu précédent"),
                () -> assertContains("Le compte rendu du 12 octobre est relu ; aucune remarque."),
                () -> assertContains("Le compte rendu du 12 octobre est approuvé à l’unanimité."),
                () -> assertContains("Pour : 5, contre : 0, abstentions : 1"),
                () -> assertContains("2. Budget 2027"),
                () -> assertContains("s’équilibrent à 48 500 € grâce à la subvention."),
                () -> assertContains("Subvention régionale"),
                () -> assertContains("versée en deux fois"),
                () -> assertContains("3. Questions diverses"),
                () -> assertContains("Réservation de la salle du Marché"),
                () -> assertContains("« On s’est déjà vu quelque part ? »"));
    }

    @Test
    void printsNoVotesForADecisionWithoutVote() {
        assertEquals(1, count(extracted.text(), "Pour : "));
    }

    @Test
    void printsTheActions() {
        assertAll(
                () -> assertContains("Action Qui Échéance"),
                () -> assertContains("Envoyer le budget voté à la Région Camille Durand vendredi 18 décembre 2026"),
                () -> assertContains("Réserver la salle pour l’assemblée générale François Lefèvre"));
    }

    @Test
    void printsTheFooterOnEveryPage() throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertEquals(pages, count(extracted.text(), "Publié le 8 décembre 2026 par Camille Durand"));
        for (int page = 1; page <= pages; page++) {
            assertContains("page " + page + " / " + pages);
        }
    }

    @Test
    void keepsFrenchCharactersIntact() {
        for (String character : List.of("é", "è", "ç", "œ", "Œ", "’", "«", "»", "€", "Æ", "ü", "ô", "É")) {
            assertContains(character);
        }
        assertFalse(extracted.text().contains("#"), "no glyph replaced by '#'");
    }

    @Test
    void printsWhatPeopleTypedAsText() {
        assertContains(HOSTILE_DECISION);
    }

    @Test
    void dropsWhatTheSanitiserDrops() {
        assertFalse(extracted.text().contains("alert('discussion')"));
        assertFalse(extracted.text().contains("onerror"));
    }

    @Test
    void containsNoScript() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // every dictionary of the file, compressed object streams included
            int dictionaries = 0;
            for (COSObjectKey key : new ArrayList<>(document.getDocument().getXrefTable().keySet())) {
                COSBase object = document.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSDictionary dictionary) {
                    dictionaries++;
                    assertFalse(dictionary.containsKey(COSName.JS), key + " has /JS");
                    assertFalse(dictionary.containsKey(COSName.JAVA_SCRIPT), key + " has /JavaScript");
                    assertFalse(dictionary.containsKey(COSName.AA), key + " has additional actions");
                    assertFalse(COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S)), key + " is a script");
                    assertFalse(COSName.getPDFName("Launch").equals(dictionary.getCOSName(COSName.S)), key + " launches");
                }
            }
            assertTrue(dictionaries > 20, "dictionaries read: " + dictionaries);
            assertEquals(null, document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION));
            // the raw bytes too, written without object streams so that every dictionary shows
            ByteArrayOutputStream uncompressed = new ByteArrayOutputStream();
            document.save(uncompressed, CompressParameters.NO_COMPRESSION);
            String raw = uncompressed.toString(StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("/JavaScript"));
            assertFalse(Pattern.compile("/JS[\\s/<(\\[]").matcher(raw).find(), "/JS");
            assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("/JavaScript"));
        }
    }

    @Test
    void turnsDiscussionLinksIntoWebLinks() throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertEquals(List.of("https://www.example.org/budget-2027"), uris);
        assertContains("tableau en ligne");
    }

    @Test
    void setsTitleAuthorAndLanguage() throws Exception {
        assertEquals("Compte rendu - " + TITLE, extracted.metadata().get(TikaCoreProperties.TITLE));
        assertEquals("Les Interactifs", extracted.metadata().get(TikaCoreProperties.CREATOR));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void rendersAnEmptyFirstRevision() throws Exception {
        MinutesDocument empty = new MinutesDocument("Bureau", "Réunion <b>sans</b> rien & personne", "mardi 5 janvier 2027",
                null, 1, null, List.of(), null, List.of(new Section("Point unique", "", List.of())), List.of(), null);
        Extracted read = Extracted.from(MinutesPdf.render(empty));
        assertAll(
                () -> assertEquals("Compte rendu - Réunion <b>sans</b> rien & personne",
                        read.metadata().get(TikaCoreProperties.TITLE)),
                () -> assertTrue(read.text().contains("Réunion <b>sans</b> rien & personne"), read.text()),
                () -> assertTrue(read.text().contains("Aucune présence enregistrée."), read.text()),
                () -> assertTrue(read.text().contains("1. Point unique"), read.text()),
                () -> assertTrue(read.text().contains("Aucune action."), read.text()),
                () -> assertTrue(read.text().contains("page 1 / 1"), read.text()),
                () -> assertFalse(read.text().contains("révision"), read.text()),
                () -> assertFalse(read.text().contains("Lieu"), read.text()));
    }

    @Test
    void rendersNullListsAndValues() throws Exception {
        MinutesDocument bare = new MinutesDocument(null, null, null, null, 0, null, null, null, null, null, null);
        Extracted read = Extracted.from(MinutesPdf.render(bare));
        assertEquals("Compte rendu -", read.metadata().get(TikaCoreProperties.TITLE).strip());
        assertTrue(read.text().contains("Aucune action."), read.text());
    }

    @Test
    void degradesGracefullyOnCharactersTheFontLacks() throws Exception {
        String decision = "Adopté 🙂 par 中文 les membres, re\u0301sume\u0301 compris";
        MinutesDocument minutes = new MinutesDocument("Bureau", "Essai", "mardi 5 janvier 2027", null, 1, null,
                List.of(), "", List.of(new Section("Point", "<p>ok</p>", List.of(new Decision(decision, 3, 0, 0)))),
                List.of(), "Publié");
        String text = Extracted.from(MinutesPdf.render(minutes)).text();
        assertTrue(text.contains("Adopté \uFFFD par \uFFFD\uFFFD les membres, résumé compris"), text);
        assertFalse(text.contains("#"), text);
    }

    @Test
    void breaksLongDocumentsIntoNumberedPages() throws Exception {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            sections.add(new Section("Point " + i, "<p>" + "Discussion longue et détaillée. ".repeat(30) + "</p>",
                    List.of(new Decision("Décision " + i, i, 0, 0))));
        }
        MinutesDocument minutes = new MinutesDocument("Bureau", "Longue", "mardi 5 janvier 2027", null, 1, null,
                List.of(), "", sections, List.of(), "Publié le 6 janvier 2027");
        byte[] long_ = MinutesPdf.render(minutes);
        int pages;
        try (PDDocument document = Loader.loadPDF(long_)) {
            pages = document.getNumberOfPages();
        }
        assertTrue(pages > 2, "pages: " + pages);
        String text = Extracted.from(long_).text();
        assertTrue(text.contains("page " + pages + " / " + pages), text);
        assertEquals(pages, count(text, "Publié le 6 janvier 2027"));
    }

    @Test
    void breaksLinesTheFrenchWay() {
        MinutesPdf.FrenchLineBreaker breaker = new MinutesPdf.FrenchLineBreaker();
        String text = "Cœur d’Ouest, l'équipe et « l’AG » Pour : 5 voir https://example.org/a/b";
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != -1; start = end, end = breaker.next()) {
            pieces.add(text.substring(start, end));
        }
        assertEquals(List.of("Cœur ", "d’Ouest, ", "l'équipe ", "et ", "« l’AG » ", "Pour : ", "5 ", "voir ",
                "https://example.", "org", "/a", "/b"), pieces);
    }

    private static void assertContains(String expected) {
        assertTrue(extracted.text().contains(expected), () -> "«" + expected + "» not in:\n" + extracted.text());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The text of a PDF as Tika extracts it, all white space (line ends, non-breaking spaces) as single spaces. */
    private record Extracted(String text, Metadata metadata) {

        static Extracted from(byte[] pdf) throws Exception {
            BodyContentHandler text = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            PDFParserConfig config = new PDFParserConfig();
            // in reading order, not in the order the renderer drew the runs of each font
            config.setSortByPosition(true);
            ParseContext context = new ParseContext();
            context.set(PDFParserConfig.class, config);
            new PDFParser().parse(new ByteArrayInputStream(pdf), text, metadata, context);
            return new Extracted(text.toString().replaceAll("[\\s\\u00a0\\u202f]+", " "), metadata);
        }
    }
}
