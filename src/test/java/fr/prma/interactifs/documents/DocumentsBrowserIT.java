package fr.prma.interactifs.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.Browser.Fetched;
import fr.prma.interactifs.testing.RunningProduct;
import fr.prma.interactifs.testing.SampleFiles;

/**
 * The document library through the real product (Keycloak, Payara Micro, H2, the Tika worker, Chromium): the
 * working group's secretary deposits several files at once for the working group only, one of them refused;
 * he reads a document once its text is read, downloads it, and finds it by a word typed without its accent;
 * a member of another body finds nothing and cannot open it; a partner may not deposit.
 * <p>
 * The first story is one test, in steps, each person in a browser of their own; the partner's is another.
 */
class DocumentsBrowserIT {

    private static final String DEMO_PASSWORD = "demo";

    private static final String PDF_NAME = "compte_rendu_juin.pdf";
    private static final String PDF_TITLE = "Compte rendu du groupe de travail (juin)";
    private static final String TEXT_NAME = "notes_budget.txt";
    private static final String TEXT = "Budget prévisionnel 2027 : salles, techniciens et communication.";
    private static final String FAKE_PDF_NAME = "faux_rapport.pdf";
    private static final String CATEGORY = "Recherche et développement";

    private static RunningProduct product;
    private static Path files;
    /** The PDF's page and the text file's page, once deposited. */
    private String pdfPage;
    private String textPage;

    private ChromeDriver browser;

    @BeforeAll
    static void startProduct() throws Exception {
        product = RunningProduct.startFresh("documents-browser-it");
        files = Files.createTempDirectory("interactifs-documents-it");
        Files.write(files.resolve(PDF_NAME), SampleFiles.pdf(PDF_TITLE, "Julien Moreau",
                "Compte rendu du groupe de travail resserré, séance de juin.",
                "Le groupe prépare la réunion départementale de septembre à Niort.",
                "Programmation partagée des salles et des tournées."));
        Files.write(files.resolve(TEXT_NAME), SampleFiles.text(TEXT));
        Files.write(files.resolve(FAKE_PDF_NAME), SampleFiles.text("Ceci n’est pas un PDF, seulement du texte."));
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.stop();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSecretaryDepositsReadsAndFindsDocumentsThatAnotherBodyCannotSee() throws Exception {
        secretaryDepositsTwoFilesAtOnceForTheWorkingGroupAndAThirdIsRefused();
        inANewBrowser();
        secretaryReadsTheDocumentOnceItsTextIsReadAndDownloadsIt();
        inANewBrowser();
        secretaryFindsTheDocumentByAWordTypedWithoutItsAccent();
        inANewBrowser();
        memberOfAnotherBodyNeitherFindsNorOpensTheWorkingGroupsDocument();
    }

    private void inANewBrowser() throws Exception {
        browser.quit();
        browser = Browser.open();
    }

    private void secretaryDepositsTwoFilesAtOnceForTheWorkingGroupAndAThirdIsRefused() throws Exception {
        signIn("julien.moreau");
        waitUntilKnownFromKeycloak("groupe-de-travail-resserre", "Marc Lefebvre");

        openFromNavigation("Documents");
        assertEquals("Documents", heading());
        assertEquals("Aucun document", text("list-title"));
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.linkText("Déposer des documents")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("deposit:category")));
        assertEquals("Déposer des documents", heading());

        new Select(browser.findElement(By.id("deposit:category"))).selectByVisibleText(CATEGORY);
        WebElement everyone = visibilityChoice("Tout le pôle");
        assertTrue(everyone.isSelected(), "a document is open to the whole cluster unless told otherwise");
        assertFalse(visibilityChoice("Groupe de travail resserré").isEnabled(),
                "no body can be ticked as well as the whole cluster");
        visibilityChoice("Certaines instances").click();
        Browser.waitFor(browser).until(driver -> visibilityChoice("Groupe de travail resserré").isEnabled());
        visibilityChoice("Groupe de travail resserré").click();
        type("deposit:tags", "budget, Niort");

        WebElement chooser = browser.findElement(By.cssSelector("input[type=file][id='deposit:files_input']"));
        assertNotNull(chooser.getAttribute("multiple"), "several files may be chosen at once");
        chooser.sendKeys(files.resolve(PDF_NAME).toAbsolutePath() + "\n" + files.resolve(TEXT_NAME).toAbsolutePath());
        List<WebElement> deposited = Browser.waitFor(browser).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector(".deposit-results li.ok"), 2));
        Map<String, WebElement> byFile = deposited.stream().collect(Collectors.toMap(
                row -> row.getText().contains(PDF_NAME) ? PDF_NAME : TEXT_NAME, row -> row));
        assertEquals("Compte rendu juin (" + PDF_NAME + ") déposé ; son texte va être lu pour la recherche.",
                byFile.get(PDF_NAME).getText());
        assertEquals("Notes budget (" + TEXT_NAME + ") déposé ; son texte va être lu pour la recherche.",
                byFile.get(TEXT_NAME).getText());
        pdfPage = documentLink(byFile.get(PDF_NAME), "Compte rendu juin");
        textPage = documentLink(byFile.get(TEXT_NAME), "Notes budget");

        browser.findElement(By.cssSelector("input[type=file][id='deposit:files_input']"))
                .sendKeys(files.resolve(FAKE_PDF_NAME).toAbsolutePath().toString());
        WebElement refused = Browser.waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".deposit-results li.refused")));
        assertEquals(FAKE_PDF_NAME, refused.findElement(By.className("file-name")).getText());
        assertEquals("Le contenu de « " + FAKE_PDF_NAME + " » ne correspond pas à son extension .pdf : c’est un "
                + "fichier de type « Texte ». Vérifiez le fichier, ou renommez-le avec la bonne extension.",
                refused.findElement(By.className("refusal")).getText());
        assertEquals(2, browser.findElements(By.cssSelector(".deposit-results li.ok")).size(),
                "the refused file deposited nothing");
        Browser.assertNoSeriousAccessibilityViolation(browser);

        openFromNavigation("Documents");
        assertEquals("2 documents", text("list-title"));
    }

    private void secretaryReadsTheDocumentOnceItsTextIsReadAndDownloadsIt() throws Exception {
        assertNotNull(pdfPage, "the deposit story deposited the PDF");
        signIn("julien.moreau");
        openFromNavigation("Documents");
        assertEquals("2 documents", text("list-title"));
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.cssSelector("#documents a[href='" + path(pdfPage) + "']")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status:extraction")));
        waitUntilTextIsRead();

        assertEquals("Compte rendu juin", heading(), "the document keeps the title made from its name");
        Map<String, String> properties = properties();
        assertEquals(PDF_TITLE, properties.get("Titre (selon le fichier)"), properties.toString());
        assertEquals(CATEGORY, properties.get("Rubrique"), properties.toString());
        assertEquals("Groupe de travail resserré", properties.get("Visible par"), properties.toString());
        assertEquals("budget, Niort", properties.get("Mots-clés"), properties.toString());
        assertEquals("Julien Moreau (Le Camji)", properties.get("Déposé par"), properties.toString());
        assertEquals("Texte lu", properties.get("Texte"), properties.toString());
        assertEquals("Julien Moreau", properties.get("Auteur (selon le fichier)"), properties.toString());
        assertEquals("français", properties.get("Langue"), properties.toString());
        assertTrue(text("history").contains("Julien Moreau : document déposé"), text("history"));

        List<WebElement> versions = browser.findElements(By.cssSelector("#versions\\:list tbody tr"));
        assertEquals(1, versions.size());
        List<String> cells = versions.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText)
                .map(String::trim).toList();
        assertEquals("v1 en vigueur", cells.get(0));
        assertEquals(PDF_NAME, cells.get(1));
        assertTrue(cells.get(2).startsWith("Julien Moreau"), cells.get(2));
        Browser.assertNoSeriousAccessibilityViolation(browser);

        Fetched pdf = Browser.fetch(browser, browser.findElement(By.id("download")).getAttribute("href"));
        assertEquals(200, pdf.status(), pdf.toString());
        assertEquals("application/pdf", pdf.header("Content-Type"), pdf.toString());
        assertTrue(pdf.header("Content-Disposition").startsWith("attachment; filename=\"" + PDF_NAME + "\""),
                pdf.header("Content-Disposition"));
        assertEquals("nosniff", pdf.header("X-Content-Type-Options"));
        assertTrue(pdf.body().startsWith("%PDF-"), pdf.toString());

        browser.get(textPage);
        Fetched text = Browser.fetch(browser, browser.findElement(By.id("download")).getAttribute("href"));
        assertEquals(200, text.status(), text.toString());
        assertTrue(text.header("Content-Type").startsWith("text/plain"), text.toString());
        assertTrue(text.header("Content-Disposition").startsWith("attachment; filename=\"" + TEXT_NAME + "\""),
                text.header("Content-Disposition"));
        assertEquals("nosniff", text.header("X-Content-Type-Options"));
        assertEquals(TEXT, text.body());
    }

    private void secretaryFindsTheDocumentByAWordTypedWithoutItsAccent() throws Exception {
        assertNotNull(pdfPage, "the deposit story deposited the PDF");
        signIn("julien.moreau");
        openFromNavigation("Documents");
        search("reunion");

        assertEquals("1 résultat", text("results-title"));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hits .hit"));
        assertEquals(1, hits.size());
        WebElement hit = hits.get(0);
        WebElement link = hit.findElement(By.cssSelector("h3 a"));
        assertEquals("Compte rendu juin", link.getText(), "the title it was deposited with, not the file's own");
        assertEquals(path(pdfPage), path(link.getAttribute("href")));
        List<String> marked = hit.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("réunion"), marked, hit.getText());
        assertTrue(hit.findElement(By.className("snippet")).getText()
                .contains("Le groupe prépare la réunion départementale de septembre à Niort."), hit.getText());
        assertTrue(facet("Rubrique").contains(CATEGORY + " (1)"), facet("Rubrique").toString());
        Browser.assertNoSeriousAccessibilityViolation(browser);
    }

    private void memberOfAnotherBodyNeitherFindsNorOpensTheWorkingGroupsDocument() throws Exception {
        assertNotNull(pdfPage, "the deposit story deposited the PDF");
        signIn("ines.garnier");
        openFromNavigation("Rechercher");
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        search("reunion");

        assertEquals("Aucun résultat", text("results-title"));
        assertTrue(browser.findElements(By.cssSelector(".hits .hit")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".facets li")).isEmpty(), "the facets count nothing hidden");
        Browser.assertNoSeriousAccessibilityViolation(browser);

        browser.get(pdfPage);
        assertEquals("Page introuvable", heading());
        String download = product.baseUrl() + "documents/fichier/" + pdfPage.substring(pdfPage.indexOf("id=") + 3);
        browser.get(product.baseUrl());
        assertEquals(404, Browser.fetch(browser, download).status());
        assertEquals(404, Browser.fetch(browser, download + "/1").status());
    }

    @Test
    void anAdministratorImportsAnArchiveOfFoldersAndReadsItsReport() throws Exception {
        Path archive = files.resolve("archives-camji.zip");
        byte[] minutes = SampleFiles.text("Bilan de juin : programmation de la saison, tournées et résidences.");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            entry(zip, "Bilans/2024/bilan de juin.txt", minutes);
            entry(zip, "Études/mutualisation des salles.html",
                    SampleFiles.html("Mutualisation", "Étude sur la mutualisation des salles du département."));
            entry(zip, "Études/copie du bilan.txt", minutes);
            entry(zip, "Études/anciennes études.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0});
        }

        signIn("nadia.roux");
        openFromNavigation("Documents");
        browser.findElement(By.linkText("Importer une archive")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Importer une archive"));
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.cssSelector("input[type=file][id='upload:archive_input']"))
                .sendKeys(archive.toAbsolutePath().toString());
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("options:start")));
        String analysed = browser.findElement(By.id("options-title")).findElement(By.xpath("..")).getText();
        assertTrue(analysed.contains("« archives-camji.zip » : 4 fichiers"), analysed);
        new Select(browser.findElement(By.id("options:category"))).selectByVisibleText("Vie du pôle");
        WebElement studies = browser.findElements(By.cssSelector("[id='options'] label")).stream()
                .filter(label -> label.getText().trim().equals("Études")).findFirst()
                .orElseThrow(() -> new AssertionError("The folder Études is not offered for the mapping"));
        new Select(browser.findElement(By.id(studies.getAttribute("for")))).selectByVisibleText("Recherche et développement");
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.id("options:start")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();

        new WebDriverWait(browser, Duration.ofSeconds(90)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("refused-title")));
        String progress = text("follow:progress");
        assertTrue(progress.contains("Terminé") && progress.contains("2 importés, 1 doublon ignoré, 1 refusé"),
                progress);
        String refused = text("refused");
        assertTrue(refused.contains("anciennes études.zip") && refused.contains("est lui-même une archive"), refused);
        assertTrue(text("duplicates").contains("copie du bilan.txt"), text("duplicates"));

        browser.get(product.baseUrl() + "documents/index.xhtml");
        WebElement imported = browser.findElement(By.linkText("Mutualisation des salles"));
        imported.click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        String page = browser.findElement(By.id("contenu")).getText();
        assertTrue(page.contains("Recherche et développement") && page.contains("Études"), "mapped category and folder"
                + " tag: " + page);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Test
    void partnerReadsTheLibraryButMayNotDeposit() throws Exception {
        signIn("paul.girard");
        openFromNavigation("Documents");
        assertEquals("Documents", heading());
        assertTrue(browser.findElements(By.linkText("Déposer des documents")).isEmpty(), "no deposit button");

        browser.get(product.baseUrl() + "documents/deposer.xhtml");
        assertEquals("Déposer des documents", heading());
        assertEquals("Seules les personnes des structures membres et de la coordination déposent des documents.",
                browser.findElement(By.cssSelector("#contenu .notice")).getText());
        assertTrue(browser.findElements(By.cssSelector("input[type=file]")).isEmpty(), "nothing to deposit with");
    }

    private void signIn(String username) {
        browser.get(product.baseUrl());
        Browser.signInOnKeycloak(browser, username, DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    /** Follows a link of the main navigation and waits for the page's heading. */
    private void openFromNavigation(String label) {
        browser.findElement(By.cssSelector("nav.app-nav")).findElement(By.linkText(label)).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    /** Types words in the search box of the page (library or search page) and searches. */
    private void search(String words) {
        type("q", words);
        browser.findElement(By.cssSelector("form#search button[type=submit]")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("results-title")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText().trim();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** The radio button or checkbox of the visibility choice that this label names. */
    private WebElement visibilityChoice(String label) {
        WebElement labelElement = browser.findElements(By.cssSelector("[id='deposit:scope'] label, [id='deposit:bodies'] label")).stream()
                .filter(element -> element.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No visibility choice \"" + label + "\""));
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The address of the link to a document in a deposit's result, checked against the title it shows. */
    private static String documentLink(WebElement result, String title) {
        WebElement link = result.findElement(By.tagName("a"));
        assertEquals(title, link.getText());
        String href = link.getAttribute("href");
        assertTrue(href.matches(".*/documents/document\\.xhtml\\?id=\\d+"), href);
        return href;
    }

    /** An address without its scheme, host and port, as a link's href attribute holds it. */
    private static String path(String address) {
        return address.replaceFirst("^https?://[^/]+", "");
    }

    /** The document page's properties: each term and its description. */
    private Map<String, String> properties() {
        List<WebElement> items = browser.findElements(By.cssSelector("dl.properties > dt, dl.properties > dd"));
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i + 1 < items.size(); i += 2) {
            properties.put(items.get(i).getText().trim(), items.get(i + 1).getText().trim());
        }
        return properties;
    }

    /** A facet of the search page: each value with its count, as shown. */
    private List<String> facet(String title) {
        List<WebElement> headings = browser.findElements(By.cssSelector(".facets h3"));
        for (WebElement heading : headings) {
            if (heading.getText().trim().equals(title)) {
                return heading.findElements(By.xpath("following-sibling::ul[1]/li")).stream()
                        .map(WebElement::getText).map(String::trim).toList();
            }
        }
        throw new AssertionError("No facet \"" + title + "\" in " + text("contenu"));
    }

    /**
     * The text is read by the extraction worker after the deposit: reloads the document's page, as its reader
     * would, until it says so (at most a minute and a half on a busy machine).
     */
    private void waitUntilTextIsRead() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!text("status:extraction").equals("Texte lu")) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The text is still not read after 90 s: " + text("status:extraction"));
            }
            Thread.sleep(2000);
            browser.navigate().refresh();
            Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status:extraction")));
        }
    }

    /**
     * A restricted deposit needs the depositor's seat in the body, which the application knows from Keycloak:
     * right after a start, the first reading of Keycloak's directory may still be under way. Waits (at most a
     * minute) until the body's page lists the person.
     */
    private void waitUntilKnownFromKeycloak(String body, String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        do {
            browser.get(product.baseUrl() + "instances/instance.xhtml?instance=" + body);
            if (browser.findElement(By.id("members")).getText().contains(name)) {
                return;
            }
            Thread.sleep(2000);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(name + " is still not listed in " + body + " after a minute");
    }
}
