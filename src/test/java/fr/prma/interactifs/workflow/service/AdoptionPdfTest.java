package fr.prma.interactifs.workflow.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.service.AdoptionRecord.Approval;
import fr.prma.interactifs.workflow.service.AdoptionRecord.Attachment;
import fr.prma.interactifs.workflow.service.AdoptionRecord.Meeting;
import fr.prma.interactifs.workflow.service.AdoptionRecord.Round;

/**
 * Renders an adoption record written by hand, as the service would give it, and reads the PDF back with PDFBox:
 * what a member who downloads it reads, and what a hostile or careless author's text cannot do to it.
 */
class AdoptionPdfTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String HOSTILE_TITLE = "<script>alert(1)</script> Pour une aide « régionale » & R&D 'x' \"y\"";
    private static final String TEXT_HASH = "3f1a9c0e5b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468";
    private static final String STUDY_HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String BUDGET_HASH = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    private static byte[] pdf;
    private static String text;
    private static String drawn;

    @BeforeAll
    static void render() throws Exception {
        pdf = AdoptionPdf.render(realistic());
        text = textOf(pdf);
        drawn = textOf(pdf, false);
    }

    private static Instant paris(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(PARIS).toInstant();
    }

    static AdoptionRecord realistic() {
        List<Approval> approvals = List.of(
                new Approval(1, "Groupe de travail resserré", 1, 1, paris(11, 10, 9, 15), null,
                        DecisionRule.MAJORITY_WITH_QUORUM, null, false, 7, 5, 1, 1),
                new Approval(2, "Réunion départementale", 2, 2, paris(11, 27, 18, 5), "François Lefèvre",
                        DecisionRule.MAJORITY_WITH_QUORUM, new Meeting(OffsetDateTime.ofInstant(paris(11, 27, 17, 0),
                                PARIS), "Le Camji, Niort"), true, 12, 8, 2, 2),
                new Approval(3, "Comité de pilotage", 1, 2, paris(12, 7, 14, 32), "Zoé Lambert",
                        DecisionRule.CHAIR_DECIDES, new Meeting(OffsetDateTime.ofInstant(paris(12, 7, 14, 0), PARIS),
                                null), false, 9, 6, 0, 3));
        List<Round> history = List.of(
                new Round(1, "Groupe de travail resserré", 1, 1, paris(11, 2, 10, 0), StepDecision.APPROVE,
                        paris(11, 10, 9, 15), null),
                new Round(2, "Réunion départementale", 1, 1, paris(11, 10, 9, 15), StepDecision.REQUEST_CHANGES,
                        paris(11, 15, 11, 0), "Chiffrez la demande : « combien, et pour qui ? »"),
                new Round(2, "Réunion départementale", 2, 2, paris(11, 20, 10, 0), StepDecision.APPROVE,
                        paris(11, 27, 18, 5), null),
                new Round(3, "Comité de pilotage", 1, 2, paris(11, 27, 18, 5), StepDecision.APPROVE,
                        paris(12, 7, 14, 32), null));
        return new AdoptionRecord(1234, HOSTILE_TITLE, "Région Nouvelle-Aquitaine", "Diffusion",
                "Ce que nous demandons : 40 000 € par an, répartis entre les salles.",
                List.of("Camille Durand", "Hélène Müller", "Œdipe Garçon"), 2, paris(11, 20, 10, 0),
                "<p>Nous demandons <strong>40 000 €</strong> par an pour l’équipe de Boc’Hall.</p>"
                        + "<ul><li>Cœur d’Ouest</li></ul><script>alert('texte')</script><img src=x onerror=alert(2)>",
                TEXT_HASH,
                List.of(new Attachment("Étude sur la mutualisation", 3, STUDY_HASH),
                        new Attachment("Budget prévisionnel 2027", 1, BUDGET_HASH)),
                paris(12, 7, 14, 32), approvals, history);
    }

    @Test
    void isAPdfTitledAfterThePaper() throws Exception {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("Relevé d’adoption - " + HOSTILE_TITLE, document.getDocumentInformation().getTitle());
            assertEquals("Les Interactifs", document.getDocumentInformation().getAuthor());
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void writesIdsAsTypedAndCountsWithTheirPlural() {
        assertEquals("Note de position n° 12345", AdoptionPdf.text("pdf.adoption.paper", 12345L));
        assertEquals("Unanimité non atteinte : 1 avis favorable sur 2 membres.",
                AdoptionPdf.text("workflow.rule.notUnanimous", 1, 2), "a choice is given a number, not a string");
    }

    @Test
    void printsTheMasthead() {
        assertAll(
                () -> assertContains("Relevé d’adoption"),
                () -> assertContains("Note de position n° 1234"),
                () -> assertContains("Adoptée le lundi 7 décembre 2026"),
                () -> assertContains("Destinataire : Région Nouvelle-Aquitaine"),
                () -> assertContains("Thème : Diffusion"),
                () -> assertContains("Auteurs : Camille Durand, Hélène Müller, Œdipe Garçon"),
                () -> assertContains("Version approuvée : 2, soumise le vendredi 20 novembre 2026"),
                () -> assertContains("Ce que nous demandons : 40 000 € par an, répartis entre les salles."));
    }

    @Test
    void printsEachBodysApprovalWithItsDateMeetingAndCounts() {
        assertAll(
                () -> assertContains("Étape 1 : Groupe de travail resserré"),
                () -> assertContains("Approuvée le mardi 10 novembre 2026 à 09:15 (tour 1, version 1 de la note)"),
                () -> assertContains("Étape close par sa règle, au vu des avis des membres"),
                () -> assertContains("Hors réunion"),
                () -> assertContains("Avis écrits – votants : 7, favorables : 5, défavorables : 1, abstentions : 1"),
                () -> assertContains("Étape 2 : Réunion départementale"),
                () -> assertContains("Approuvée le vendredi 27 novembre 2026 à 18:05 (tour 2, version 2 de la note)"),
                () -> assertContains("Décision de François Lefèvre"),
                () -> assertContains("Règle : Majorité des avis exprimés, le quorum de l’instance atteint."),
                () -> assertContains("En séance : réunion du vendredi 27 novembre 2026 à 17:00, Le Camji, Niort"),
                () -> assertContains("Vote en séance – présents ou représentés : 12, pour : 8, contre : 2, abstentions : 2"),
                () -> assertContains("Étape 3 : Comité de pilotage"),
                () -> assertContains("Décision de Zoé Lambert"),
                () -> assertContains("Règle : La présidence de l’instance décide, après les avis des membres."),
                () -> assertContains("En séance : réunion du lundi 7 décembre 2026 à 14:00 "),
                () -> assertContains("Avis écrits – votants : 9, favorables : 6, défavorables : 0, abstentions : 3"));
    }

    @Test
    void printsTheAdoptedTextWithItsHash() {
        assertAll(
                () -> assertContains("Texte adopté (version 2)"),
                () -> assertContains("Nous demandons 40 000 € par an pour l’équipe de Boc’Hall."),
                () -> assertContains("Cœur d’Ouest"),
                () -> assertContainsIgnoringSpaces("EmpreinteSHA-256dutexte:" + TEXT_HASH));
    }

    @Test
    void printsTheAttachmentsWithTheirVersionsAndHashes() {
        assertAll(
                () -> assertContains("Document Version Empreinte SHA-256"),
                () -> assertContainsIgnoringSpaces("Étudesurlamutualisation3" + STUDY_HASH),
                () -> assertContainsIgnoringSpaces("Budgetprévisionnel20271" + BUDGET_HASH));
    }

    @Test
    void printsEveryRoundOfTheReview() {
        // a row's cells wrap side by side: read in the order they were drawn, cell after cell
        assertAll(
                () -> assertContains("Historique de l’examen Étape Tour Version Décision Date Motif"),
                () -> assertDrawn("1. Groupe de travail resserré 1 1 approuvée 10 novembre 2026"),
                () -> assertDrawn("2. Réunion départementale 1 1 modifications demandées aux auteurs 15 novembre 2026 "
                        + "Chiffrez la demande : « combien, et pour qui ? »"),
                () -> assertDrawn("2. Réunion départementale 2 2 approuvée 27 novembre 2026"),
                () -> assertDrawn("3. Comité de pilotage 1 2 approuvée 7 décembre 2026"));
    }

    @Test
    void printsTheFooterOnEveryPage() throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertEquals(pages, count(text, "Note de position n° 1234, version 2, adoptée le 7 décembre 2026"));
        assertContains("page " + pages + " / " + pages);
    }

    @Test
    void printsWhatPeopleTypedAsTextAndNeverRunsIt() throws Exception {
        assertContains(HOSTILE_TITLE);
        assertFalse(text.contains("alert('texte')"), "the sanitiser drops scripts");
        assertFalse(text.contains("onerror"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertNull(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION));
            ByteArrayOutputStream uncompressed = new ByteArrayOutputStream();
            document.save(uncompressed, CompressParameters.NO_COMPRESSION);
            assertFalse(uncompressed.toString(StandardCharsets.ISO_8859_1).contains("/JavaScript"));
        }
    }

    @Test
    void aLongUnbreakableWordWrapsInsteadOfBreakingThePage() throws Exception {
        String word = "Anticonstitutionnellement".repeat(16);
        AdoptionRecord careless = new AdoptionRecord(7, word, word, word, word, List.of(word), 1,
                paris(12, 1, 9, 0), "<p>" + word + "</p>", word,
                List.of(new Attachment(word, 1, STUDY_HASH)), paris(12, 7, 14, 32),
                List.of(new Approval(1, word, 1, 1, paris(12, 7, 14, 32), word, DecisionRule.UNANIMITY,
                        new Meeting(OffsetDateTime.ofInstant(paris(12, 7, 14, 0), PARIS), word), true, 3, 3, 0, 0)),
                List.of(new Round(1, word, 1, 1, paris(12, 1, 9, 0), StepDecision.APPROVE, paris(12, 7, 14, 32),
                        word)));
        byte[] printed = AdoptionPdf.render(careless);
        String read = textOf(printed).replaceAll("\\s", "");
        try (PDDocument document = Loader.loadPDF(printed)) {
            assertTrue(document.getNumberOfPages() >= 1);
            assertEquals("Relevé d’adoption - " + word, document.getDocumentInformation().getTitle());
        }
        assertTrue(count(read, word) >= 8, "the word wraps whole, wherever it stands: " + count(read, word));
        assertTrue(read.contains("Voteenséance–présentsoureprésentés:3,pour:3,contre:0,abstentions:0"), read);
    }

    @Test
    void rendersARecordWithNothingButItsNumber() throws Exception {
        String read = textOf(AdoptionPdf.render(new AdoptionRecord(5, null, null, null, null, null, 1, null, null,
                null, null, null, null, null)));
        assertAll(
                () -> assertTrue(read.contains("Note de position n° 5"), read),
                () -> assertTrue(read.contains("La note n’a pas de texte : ses pièces jointes en tiennent lieu."), read),
                () -> assertTrue(read.contains("Aucune pièce jointe."), read),
                () -> assertFalse(read.contains("Destinataire"), read),
                () -> assertTrue(read.contains("page 1 / 1"), read));
    }

    private static void assertContains(String expected) {
        assertTrue(text.contains(expected), () -> "«" + expected + "» not in:\n" + text);
    }

    private static void assertDrawn(String expected) {
        assertTrue(drawn.contains(expected), () -> "«" + expected + "» not in:\n" + drawn);
    }

    /** For what may wrap anywhere (hashes): the text with no white space at all. */
    private static void assertContainsIgnoringSpaces(String expected) {
        String compact = text.replaceAll("\\s", "");
        assertTrue(compact.contains(expected), () -> "«" + expected + "» not in:\n" + compact);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** The text in reading order, all white space (line ends, non-breaking spaces) as single spaces. */
    private static String textOf(byte[] pdf) throws Exception {
        return textOf(pdf, true);
    }

    /** @param readingOrder whether in reading order (lines across the page) or as drawn (cell after cell) */
    private static String textOf(byte[] pdf, boolean readingOrder) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(readingOrder);
            return stripper.getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }
}
