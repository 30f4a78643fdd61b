package fr.prma.interactifs.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class RichTextTest {

    private static final Pattern REL = Pattern.compile(" rel=\"([^\"]*)\"");

    @Nested
    class Sanitize {

        @Test
        void nothingIsEmpty() {
            assertEquals("", RichText.sanitize(null));
            assertEquals("", RichText.sanitize(""));
            assertEquals("", RichText.sanitize("  \n "));
        }

        @Test
        void keepsFrenchTextAsTyped() {
            assertEquals("<p>L’équipe a validé « le budget » : 1 200 € ; œuvre, façade, Noël.</p>",
                    RichText.sanitize("<p>L’équipe a validé « le budget » : 1 200 € ; œuvre, façade, Noël.</p>"));
        }

        @Test
        void escapesMarkupCharactersInText() {
            assertEquals("<p>3 &lt; 5 &amp; l&#39;AG</p>", RichText.sanitize("<p>3 < 5 &amp; l'AG</p>"));
        }

        @Test
        void keepsWhatTheEditorProduces() {
            String quill = "<h3>Budget</h3><p>Le <strong>bureau</strong> propose, <em>sous réserve</em>, "
                    + "<u>trois</u> <s>deux</s> points :<br></p><blockquote>Citation</blockquote>";
            assertEquals("<h3>Budget</h3><p>Le <strong>bureau</strong> propose, <em>sous réserve</em>, "
                    + "<u>trois</u> <s>deux</s> points :<br /></p><blockquote>Citation</blockquote>",
                    RichText.sanitize(quill));
        }

        @Test
        void dropsClassesAndStylesOfTheEditor() {
            assertEquals("<p>Centré</p><p>Retrait</p>", RichText.sanitize(
                    "<p class=\"ql-align-center\">Centré</p><p class=\"ql-indent-1\" style=\"color: red\">Retrait</p>"));
        }

        @Test
        void unifiesSynonymsAndHeadingLevels() {
            assertEquals("<h3>Un</h3><h3>Deux</h3><h3>Trois</h3><h4>Quatre</h4><h4>Cinq</h4>"
                    + "<p><strong>b</strong> <em>i</em> <s>barré</s> <s>supprimé</s></p>",
                    RichText.sanitize("<h1>Un</h1><h2>Deux</h2><h3>Trois</h3><h4>Quatre</h4><h5>Cinq</h5>"
                            + "<p><b>b</b> <i>i</i> <strike>barré</strike> <del>supprimé</del></p>"));
        }

        @Test
        void rebuildsQuillListsAsNestedLists() {
            String quill = "<ol>"
                    + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Accueil</li>"
                    + "<li data-list=\"bullet\" class=\"ql-indent-1\"><span class=\"ql-ui\" contenteditable=\"false\">"
                    + "</span>des <strong>nouveaux</strong> membres</li>"
                    + "<li data-list=\"bullet\" class=\"ql-indent-1\"><span class=\"ql-ui\"></span>des invités</li>"
                    + "<li data-list=\"bullet\"><span class=\"ql-ui\"></span>Budget</li>"
                    + "<li data-list=\"ordered\"><span class=\"ql-ui\"></span>Voter</li>"
                    + "<li data-list=\"ordered\"><span class=\"ql-ui\"></span>Clore</li>"
                    + "</ol>";
            assertEquals("<ul><li>Accueil<ul><li>des <strong>nouveaux</strong> membres</li><li>des invités</li></ul>"
                    + "</li><li>Budget</li></ul><ol><li>Voter</li><li>Clore</li></ol>", RichText.sanitize(quill));
        }

        @Test
        void keepsSemanticLists() {
            String html = "<ul><li>Un<ol><li>Un point un</li></ol></li><li>Deux</li></ul>";
            assertEquals(html, RichText.sanitize(html));
        }

        @Test
        void linksGetNofollowAndKeepOnlyBlankTarget() {
            String link = RichText.sanitize(
                    "<a href=\"https://www.example.org/agenda?annee=2026&amp;mois=12\" target=\"_blank\">agenda</a>"
                            + " <a href=\"http://example.org\" target=\"_top\" rel=\"opener\">autre</a>");
            assertEquals("<a href=\"https://www.example.org/agenda?annee&#61;2026&amp;mois&#61;12\" target=\"_blank\""
                    + " rel=\"REL\">agenda</a> <a href=\"http://example.org\" rel=\"REL\">autre</a>",
                    REL.matcher(link).replaceAll(" rel=\"REL\""));
            Matcher rels = REL.matcher(link);
            while (rels.find()) {
                assertEquals(Set.of("nofollow", "noopener", "noreferrer"), Set.of(rels.group(1).split(" ")));
            }
        }

        @Test
        void mailLinksAreKept() {
            assertEquals("<a href=\"mailto:camille.durand&#64;example.org\" rel=\"REL\">écrire</a>",
                    REL.matcher(RichText.sanitize("<a href=\"mailto:camille.durand@example.org\">écrire</a>"))
                            .replaceAll(" rel=\"REL\""));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "<a href=\"javascript:alert(1)\">voir</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">voir</a>",
                "<a href=\"java&#x09;script:alert(1)\">voir</a>",
                "<a href=\" javascript:alert(1)\">voir</a>",
                "<a href=\"vbscript:msgbox(1)\">voir</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">voir</a>",
                "<a href=\"//evil.example.org/\">voir</a>",
                "<a href=\"/intranet/admin\">voir</a>",
                "<a href=\"file:///etc/passwd\">voir</a>",
                "<a name=\"ancre\" target=\"_blank\">voir</a>",
                "<a>voir</a>"})
        void linksToAnythingButTheWebOrMailKeepOnlyTheirText(String link) {
            assertEquals("voir", RichText.sanitize(link));
        }

        @Test
        void removesScriptsWithTheirContent() {
            assertEquals("<p>Avant  après</p>",
                    RichText.sanitize("<p>Avant <script>alert('x')</script> après</p><script src=\"//x.js\"></script>"));
        }

        @Test
        void removesEventHandlers() {
            assertEquals("<p>Texte <strong>gras</strong></p>", RichText.sanitize(
                    "<p onclick=\"alert(1)\">Texte <strong onmouseover=\"alert(2)\">gras</strong></p>"));
        }

        @Test
        void removesImagesFramesAndSvg() {
            assertEquals("<p>Photo  ici</p>après", RichText.sanitize(
                    "<p>Photo <img src=x onerror=alert(1)> ici</p>"
                            + "<img src=\"data:image/png;base64,iVBORw0KGgo=\">"
                            + "<iframe src=\"https://evil.example.org\"></iframe>"
                            + "<svg onload=\"alert(1)\"><script>alert(2)</script></svg>après"));
        }

        @Test
        void removesStylesFormsAndObjects() {
            assertEquals("OK<p>Reste</p>", RichText.sanitize("<style>p { display: none }</style>"
                    + "<link rel=\"stylesheet\" href=\"https://evil.example.org/x.css\">"
                    + "<form action=\"https://evil.example.org\"><input name=\"mot de passe\"><button>OK</button>"
                    + "</form><object data=\"x.swf\"></object><embed src=\"x.swf\"><meta http-equiv=\"refresh\">"
                    + "<p style=\"background: url(javascript:alert(1))\">Reste</p>"));
        }

        @Test
        void cleansWhatWordPastes() {
            String word = "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/>"
                    + "</o:OfficeDocumentSettings></xml><![endif]--><!--[if gte mso 9]><style>"
                    + "p.MsoNormal {mso-style-unhide:no;}</style><![endif]-->"
                    + "<p class=MsoNormal style='margin-bottom:0cm;mso-line-height-rule:exactly'>"
                    + "<b style='mso-bidi-font-weight:normal'><span style='font-size:12.0pt;"
                    + "font-family:\"Calibri\",sans-serif;mso-fareast-language:FR'>Ordre du jour</span></b>"
                    + "<span style='mso-spacerun:yes'> </span>de l’assemblée<o:p></o:p></p>"
                    + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>";
            assertEquals("<p><strong>Ordre du jour</strong> de l’assemblée</p><p>\u00a0</p>",
                    RichText.sanitize(word));
            assertEquals("Ordre du jour de l’assemblée", RichText.toPlainText(word));
        }

        @Test
        void dropsControlCharactersAndQuillCursor() {
            assertEquals("<p>ligneligne</p>", RichText.sanitize("<p>ligne\u000B\u0000\uFEFFligne</p>"));
        }

        @Test
        void isIdempotent() {
            String[] inputs = {
                    "<p>Le <b>bureau</b> : 3 < 5 & « ok » l'AG @ 10 = 10 + 0</p>",
                    "<a href=\"https://example.org/?a=1&b=2\" target=\"_blank\">lien</a>",
                    "<ol><li data-list=\"bullet\">a</li><li data-list=\"ordered\" class=\"ql-indent-2\">b</li></ol>",
                    "<h1>Titre</h1><p><br></p>"};
            for (String input : inputs) {
                String once = RichText.sanitize(input);
                assertEquals(once, RichText.sanitize(once), input);
            }
        }
    }

    @Nested
    class PlainText {

        @Test
        void oneLinePerBlockOrBreak() {
            assertEquals("Budget\nLe bureau propose\ntrois points\nAccueil\ndes invités\nVoter", RichText.toPlainText(
                    "<h3>Budget</h3><p>Le <strong>bureau</strong>  propose<br>trois points</p>"
                            + "<ul><li>Accueil<ul><li>des invités</li></ul></li></ul><ol><li>Voter</li></ol>"));
        }

        @Test
        void decodesEntitiesAndKeepsTypography() {
            assertEquals("3 < 5 & l’AG « ok » écrire à camille@example.org",
                    RichText.toPlainText("<p>3 &lt; 5 &amp; l’AG « ok » <a href=\"mailto:camille@example.org\">"
                            + "écrire à camille&#64;example.org</a></p>"));
        }

        @Test
        void neverShowsScriptText() {
            assertEquals("a b", RichText.toPlainText("a <script>alert(1)</script><style>x{}</style>b"));
        }

        @Test
        void nothingIsEmpty() {
            assertEquals("", RichText.toPlainText(null));
        }
    }

    @Nested
    class Blank {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "<p><br></p>", "<p><br></p><p><br></p>", "<p>\u00a0</p>", "<p> \uFEFF</p>",
                "<p>\u200B</p>", "<ul><li><br></li></ul>", "<img src=x onerror=alert(1)>",
                "<script>alert(1)</script>", "<p><strong> </strong></p>", "<!-- commentaire -->"})
        void whenNothingVisibleRemains(String html) {
            assertTrue(RichText.isBlank(html), html);
        }

        @Test
        void nullIsBlank() {
            assertTrue(RichText.isBlank(null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"<p>.</p>", "<ul><li>a</li></ul>", "texte", "<a href=\"javascript:x\">lien</a>"})
        void whenSomeTextRemains(String html) {
            assertFalse(RichText.isBlank(html), html);
        }
    }

    @Nested
    class Xhtml {

        @Test
        void isWellFormedXml() throws Exception {
            String xhtml = RichText.toXhtml("<p>Texte&nbsp;insécable<br>ligne &amp; « suite »</p>"
                    + "<ul><li>un<li>deux</ul><a href=\"https://example.org/?a=1&b=2\">lien</a><p>\u000B</p>");
            assertEquals("<p>Texte\u00a0insécable<br />ligne &amp; « suite »</p><ul><li>un</li><li>deux</li></ul>"
                            + "<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\">lien</a>"
                            + "<p></p>",
                    REL.matcher(xhtml).replaceAll(" rel=\"nofollow noopener noreferrer\"")
                            .replace("&#xa0;", "\u00a0"));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(
                    "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + xhtml + "</div>")));
        }

        @Test
        void sanitisesToo() {
            assertEquals("<p>ok</p>", RichText.toXhtml("<p onclick=\"x()\">ok<script>alert(1)</script></p>"));
        }

        @Test
        void nothingIsEmpty() {
            assertEquals("", RichText.toXhtml(null));
        }
    }
}
