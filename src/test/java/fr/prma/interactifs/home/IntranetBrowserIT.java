package fr.prma.interactifs.home;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.KeycloakAdmin;
import fr.prma.interactifs.testing.RunningProduct;
import fr.prma.interactifs.testing.SampleFiles;

/**
 * Whole user stories through the real product: Keycloak's login page, the application's home page, the
 * bodies' pages, sign-out. The demo accounts of keycloak-realm.json are used as a person would use them;
 * one product is started for all of them (each start costs close to a minute).
 */
class IntranetBrowserIT {

    private static final String DEMO_PASSWORD = "demo";

    private static RunningProduct product;
    private ChromeDriver browser;

    @BeforeAll
    static void startProduct() throws Exception {
        product = RunningProduct.startFresh("browser-it");
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.stop();
            assertFalse(RunningProduct.listening(product.appPort()), "the application still listens after the stop");
            assertFalse(RunningProduct.listening(product.keycloakPort()), "Keycloak still listens after the stop");
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

    private void signIn(String username) {
        browser.get(product.baseUrl());
        Browser.signInOnKeycloak(browser, username, DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private List<String> bodies() {
        return browser.findElements(By.cssSelector("#bodies li")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toList());
    }

    private void assertOnKeycloakLoginPageInFrench() {
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
        assertTrue(browser.getCurrentUrl().startsWith("http://localhost:" + product.keycloakPort() + "/realms/interactifs/"),
                browser.getCurrentUrl());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Se connecter à Les Interactifs", browser.getTitle());
    }

    @Test
    void chairSignsInSeesHisBodiesAndSignsOutOfKeycloakToo() {
        browser.get(product.baseUrl());
        assertOnKeycloakLoginPageInFrench();

        Browser.signInOnKeycloak(browser, "marc.lefebvre", DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

        assertEquals(product.baseUrl(), browser.getCurrentUrl());
        assertEquals("Bonjour Marc Lefebvre", text("greeting"));
        assertEquals("Marc Lefebvre", text("user-name"));
        assertEquals("UPCP-Métive Structure adhérente", text("organisation"));
        assertEquals(List.of("Groupe de travail resserré", "Réunion départementale", "Comité de pilotage Présidence"),
                bodies());

        browser.findElement(By.id("sign-out")).click();
        assertOnKeycloakLoginPageInFrench();
        // The Keycloak session ended too: coming back asks for the password again.
        browser.get(product.baseUrl());
        assertOnKeycloakLoginPageInFrench();
    }

    @Test
    void partnerSitsOnlyInTheSteeringCommittee() {
        signIn("paul.girard");

        assertEquals("Bonjour Paul Girard", text("greeting"));
        assertEquals("Conseil départemental des Deux-Sèvres Partenaire", text("organisation"));
        assertEquals(List.of("Comité de pilotage"), bodies());

        // Partners read position papers: the note editor, opened by its address, says so and offers no form
        browser.get(product.baseUrl() + "notes/edition.xhtml");
        assertTrue(text("partners-read").startsWith("Seuls les membres des structures du pôle et de la coordination "
                + "rédigent des notes de position ; les partenaires les lisent"), text("partners-read"));
        assertTrue(browser.findElements(By.id("paper:title")).isEmpty(), "no form to write a paper");
    }

    @Test
    void secretaryOfTheWorkingGroupIsShownAsSuch() {
        signIn("julien.moreau");

        assertEquals("Le Camji Structure adhérente", text("organisation"));
        assertEquals(List.of("Groupe de travail resserré Secrétaire de séance", "Réunion départementale",
                "Comité de pilotage"), bodies());
    }

    @Test
    void personInNoBodyIsToldSoInsteadOfAnEmptyPage() {
        signIn("sarah.blanc");

        assertEquals("Burkina Azza Structure adhérente", text("organisation"));
        assertTrue(text("bodies").startsWith("Vous ne siégez dans aucune instance pour le moment."), text("bodies"));
    }

    @Test
    void positionPapersSayWhatAwaitsThePersonEvenWhenNothingDoes() {
        signIn("ines.garnier");

        browser.findElement(By.linkText("Notes de position")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("write")));
        assertEquals("Notes de position", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Rédiger une note", text("write"));
        assertTrue(browser.getPageSource().contains("Aucune note n’attend votre avis."));
        Browser.assertNoSeriousAccessibilityViolation(browser);
    }

    @Test
    void unknownOrForbiddenAddressGetsTheSameFrenchNotFoundPage() {
        signIn("ines.garnier");

        for (String address : List.of("nexiste-pas.xhtml", "WEB-INF/web.xml", "WEB-INF/templates/layout.xhtml")) {
            browser.get(product.baseUrl() + address);
            assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText(), address);
            assertEquals("Cette page n’existe pas, ou vous n’y avez pas accès.", text("error-text"), address);
        }
    }

    @Test
    void pageAskedBeforeSignInIsThePageShownAfter() {
        browser.get(product.baseUrl() + "notes/index.xhtml");
        Browser.signInOnKeycloak(browser, "lucie.petit", DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("write")));

        assertEquals(product.baseUrl() + "notes/index.xhtml", browser.getCurrentUrl());
        assertEquals("Notes de position", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void ajaxRequestAfterTheSessionExpiredLeadsToTheLoginPage() {
        signIn("camille.durand");
        // Both sessions gone (application and Keycloak), as after a long absence.
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");

        new Select(browser.findElement(By.id("language:choice"))).selectByVisibleText("English");

        assertOnKeycloakLoginPageInFrench();
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage;"));
    }

    @Test
    void languageCanBeSwitchedToEnglish() {
        signIn("ines.garnier");

        new Select(browser.findElement(By.id("language:choice"))).selectByVisibleText("English");

        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("greeting"), "Hello Inès Garnier"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Boc'Hall Member structure", text("organisation"));
    }

    private List<String> memberRows() {
        return browser.findElements(By.cssSelector("#members tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::trim)
                        .collect(Collectors.joining(" | ")))
                .collect(Collectors.toList());
    }

    @Test
    void bodyPageListsEveryMemberFromKeycloakIncludingThoseWhoNeverSignedIn() {
        signIn("paul.girard");

        browser.findElement(By.linkText("Réunion départementale")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));

        assertEquals("Réunion départementale", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Mutualisation de l'information et des actions entre les 7 structures adhérentes des Deux-Sèvres.",
                text("purpose"));
        List<String> rows = memberRows();
        assertEquals("Camille Durand | La Ronde des Jurons | Secrétaire de séance", rows.get(0));
        // Nobody signs in as Thomas Bernard in these tests: he is known from Keycloak's directory.
        assertTrue(rows.contains("Thomas Bernard | Conservatoire de Musiques et de Danses du Thouarsais | Membre"),
                String.join("\n", rows));
        assertFalse(rows.stream().anyMatch(row -> row.startsWith("Paul Girard")), "a partner does not sit there");
        assertTrue(browser.findElements(By.id("synchronise:refresh")).isEmpty(), "only administrators refresh");
    }

    @Test
    void administratorRefreshesTheDirectoryAfterChangingGroupsInKeycloak() throws Exception {
        new KeycloakAdmin(product.keycloakPort()).removeFromGroup("thomas.bernard", "/instances/comite-de-pilotage");
        signIn("nadia.roux");
        browser.get(product.baseUrl() + "instances/instance.xhtml?instance=comite-de-pilotage");

        browser.findElement(By.id("synchronise:refresh")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-info")));

        assertTrue(browser.findElement(By.className("message-info")).getText()
                .startsWith("Annuaire relu depuis Keycloak : 9 comptes"), browser.findElement(By.className("message-info")).getText());
        assertFalse(memberRows().stream().anyMatch(row -> row.startsWith("Thomas Bernard")), String.join("\n", memberRows()));
        assertTrue(memberRows().contains("Marc Lefebvre | UPCP-Métive | Présidence"), String.join("\n", memberRows()));
    }

    @Test
    void directoryIsFilteredByTypeAndBodyWithAnAddressThatCanBeKept() {
        signIn("julien.moreau");

        browser.findElement(By.linkText("Annuaire")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
        assertTrue(text("result-count").startsWith("20 organisations"), text("result-count"));

        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Partenaire");
        new Select(browser.findElement(By.id("instance"))).selectByVisibleText("Comité de pilotage");
        browser.findElement(By.id("search")).click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("type=PARTNER"));

        assertEquals("1 organisation, 1 personne", text("result-count"));
        assertEquals("Conseil départemental des Deux-Sèvres Partenaire",
                browser.findElement(By.cssSelector("#org-conseil-departemental-79 h2")).getText());
        assertEquals("Paul Girard paul.girard@demo.les-interactifs.example Comité de pilotage",
                browser.findElement(By.cssSelector("#org-conseil-departemental-79 .people li")).getText());
        assertEquals("Partenaire", new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getText());
    }

    @Test
    void administratorCorrectsAnOrganisationAndNothingTypedIsLostOnARefusal() {
        signIn("nadia.roux");
        browser.get(product.baseUrl() + "annuaire/index.xhtml?type=MEMBER_STRUCTURE");
        browser.findElement(By.cssSelector("#org-boc-hall .edit-link")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation:name")));
        assertEquals("Modifier la fiche de Boc'Hall", browser.findElement(By.tagName("h1")).getText());

        WebElement activities = browser.findElement(By.id("organisation:activities"));
        activities.clear();
        activities.sendKeys("Diffusion de concerts, action culturelle, résidences d'artistes");
        browser.findElement(By.id("organisation:name")).clear();
        browser.findElement(By.id("organisation:save")).click();

        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-error")));
        assertEquals("Le nom de l’organisation est obligatoire.", browser.findElement(By.className("message-error")).getText());
        assertEquals("Diffusion de concerts, action culturelle, résidences d'artistes",
                browser.findElement(By.id("organisation:activities")).getAttribute("value"));

        browser.findElement(By.id("organisation:name")).sendKeys("Boc'Hall");
        browser.findElement(By.id("organisation:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-info")));
        assertEquals("La fiche de « Boc'Hall » est enregistrée.", browser.findElement(By.className("message-info")).getText());
        assertEquals("Association — Diffusion de concerts, action culturelle, résidences d'artistes",
                browser.findElement(By.cssSelector("#org-boc-hall .notice")).getText());
    }

    @Test
    void memberCannotEditOrganisationsNotEvenByAddress() {
        signIn("camille.durand");
        browser.get(product.baseUrl() + "annuaire/index.xhtml");
        assertTrue(browser.findElements(By.className("edit-link")).isEmpty());

        browser.get(product.baseUrl() + "annuaire/organisation.xhtml?organisation=boc-hall");

        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void unknownBodyIsNotFound() {
        signIn("ines.garnier");

        browser.get(product.baseUrl() + "instances/instance.xhtml?instance=conseil-secret");

        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void homeBodyAndDirectoryPagesHaveNoSeriousOrCriticalAccessibilityViolation() {
        signIn("nadia.roux");
        Browser.assertNoSeriousAccessibilityViolation(browser);

        browser.get(product.baseUrl() + "instances/instance.xhtml?instance=groupe-de-travail-resserre");
        Browser.assertNoSeriousAccessibilityViolation(browser);

        browser.get(product.baseUrl() + "annuaire/index.xhtml");
        Browser.assertNoSeriousAccessibilityViolation(browser);
    }

    /** A title a person may well give a file, with no space to break it at. */
    private static final String UNBROKEN_NAME = "CompteRenduDeLaReunionDepartementaleDeDecembre2026AvecLesAnnexes"
            + "FinancieresEtLesBudgetsPrevisionnelsDesSeptStructuresAdherentesVersionDefinitiveValidee.txt";
    private static final String HYPHENATED_NAME = "Compte-rendu-de-la-réunion-départementale-de-décembre-2026-avec-les-"
            + "annexes-financières-et-les-budgets-prévisionnels.pdf";
    private static final String LONG_ITEM_TITLE = "Budget prévisionnel 2027 des équipements mutualisés (régie son, "
            + "lumière et véhicules partagés entre les sept structures adhérentes)";
    private static final String LONG_LINK = "https://nuage.les-interactifs.example/s/budget-previsionnel-2027-"
            + "equipements-mutualises-version-definitive-validee-par-le-groupe-de-travail";

    /**
     * On a phone (390 × 844), every page of the navigation and the pages under them fit the screen's width: no
     * sideways scrolling of the whole page, whatever the length of the titles, links and tables shown; on a desktop
     * screen, a long unbroken title does not stretch the library either. Each page is measured, and every page too
     * wide is reported with its widths and the elements that stick out.
     */
    @Test
    void everyPageFitsAPhoneScreenWithoutSidewaysScrolling() throws Exception {
        Path files = Files.createTempDirectory("interactifs-phone");
        Files.write(files.resolve(HYPHENATED_NAME), SampleFiles.pdf("Compte rendu de décembre", "Julien Moreau",
                "Réunion départementale de décembre 2026 : annexes financières et budgets prévisionnels."));
        Files.write(files.resolve(UNBROKEN_NAME), SampleFiles.text("Budgets prévisionnels des structures adhérentes "
                + "et annexes financières de la réunion départementale de décembre 2026."));
        List<Executable> checks = new ArrayList<>();
        String base = product.baseUrl();

        signIn("julien.moreau");
        screen(390, 844);
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            driver.get(base + "instances/instance.xhtml?instance=groupe-de-travail-resserre");
            return text("members").contains("Marc Lefebvre");
        });

        // A meeting of the working group that starts in a minute or two, so that its minutes can be written below.
        ZonedDateTime start = ZonedDateTime.now(MeetingSchedule.ZONE).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        LocalTime end = start.toLocalTime().isAfter(LocalTime.of(22, 0)) ? LocalTime.of(23, 59)
                : start.toLocalTime().plusHours(1);
        browser.get(base + "instances/reunion-edition.xhtml?instance=groupe-de-travail-resserre");
        measure("meeting scheduling", checks);
        type("meeting:title", "Séance de travail sur la mutualisation des équipements scéniques et la programmation 2027");
        setNative("meeting:date", start.toLocalDate().toString());
        setNative("meeting:start", start.toLocalTime().toString());
        setNative("meeting:end", end.toString());
        type("meeting:place", "Le Camji, 3 rue de l’Ancien Musée, Niort");
        browser.findElement(By.id("meeting:save")).click();
        info();
        String meeting = browser.getCurrentUrl();
        browser.findElement(By.id("secretary:edit-agenda")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-item:item-title")));
        type("new-item:item-title", LONG_ITEM_TITLE);
        type("new-item:item-presenter", "Julien Moreau");
        type("new-item:item-duration", "45");
        type("new-item:item-description", "Document de travail : " + LONG_LINK);
        browser.findElement(By.id("new-item:add")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("items:agenda"),
                LONG_ITEM_TITLE));
        measure("agenda", checks);
        browser.findElement(By.id("back")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("agenda")));
        browser.findElement(By.id("secretary:convene")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
        info();

        // Two documents with long titles, one of them without a single space.
        browser.get(base + "documents/deposer.xhtml");
        browser.findElement(By.cssSelector("input[type=file][id='deposit:files_input']")).sendKeys(
                files.resolve(HYPHENATED_NAME).toAbsolutePath() + "\n" + files.resolve(UNBROKEN_NAME).toAbsolutePath());
        Browser.waitFor(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".deposit-results li.ok"), 2));
        measure("deposit", checks);
        openFromNavigation("Documents");
        measure("library", checks);
        browser.findElement(By.partialLinkText("CompteRenduDeLaReunion")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status:extraction")));
        measure("document", checks);
        new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            driver.get(base + "documents/recherche.xhtml?q=budgets");
            return !text("results-title").equals("Aucun résultat");
        });
        measure("search", checks);

        // A position paper that carries the long-titled document.
        openFromNavigation("Notes de position");
        browser.findElement(By.id("write")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("paper:title")));
        type("paper:title", "Pour une mutualisation pérenne des équipements scéniques des structures adhérentes");
        type("paper:addressee", "Région Nouvelle-Aquitaine");
        browser.findElement(By.cssSelector("[id='paper:body'] .ql-editor")).sendKeys("Voir " + LONG_LINK);
        browser.findElements(By.cssSelector("[id='paper:attachments'] label")).stream()
                .filter(label -> label.getText().startsWith("CompteRenduDeLaReunion")).findFirst().orElseThrow()
                .click();
        measure("note editor", checks);
        browser.findElement(By.id("paper:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        measure("note", checks);
        openFromNavigation("Notes de position");
        measure("position papers", checks);

        browser.get(base);
        measure("home", checks);
        for (String body : List.of("Groupe de travail resserré", "Réunion départementale", "Comité de pilotage")) {
            openFromNavigation(body);
            measure("body page " + body, checks);
        }
        openFromNavigation("Annuaire");
        measure("directory", checks);
        openFromNavigation("Mon calendrier");
        browser.findElement(By.id("feed:create")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("feed:address")));
        measure("calendar", checks);
        browser.findElement(By.id("bell")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        measure("notifications", checks);

        // Once the meeting has started: its page, attendance, minutes, and the register they feed.
        while (ZonedDateTime.now(MeetingSchedule.ZONE).isBefore(start.plusSeconds(1))) {
            Thread.sleep(1000);
        }
        browser.get(meeting);
        measure("meeting", checks);
        browser.findElement(By.id("attendance")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("quorum")));
        measure("attendance", checks);
        browser.get(meeting.replace("reunion.xhtml", "compte-rendu.xhtml"));
        measure("minutes before writing", checks);
        browser.findElement(By.id("secretary:write")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ql-editor")));
        new Select(browser.findElement(By.cssSelector("select[title='Présence constatée : Marc Lefebvre']")))
                .selectByVisibleText("Présent(e)");
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:quorum"),
                "1 présent et"));
        type("minutes:wording", "Le budget prévisionnel est adopté ; détail : " + LONG_LINK);
        browser.findElement(By.id("minutes:add-decision")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:decision"),
                "Le budget prévisionnel est adopté"));
        type("minutes:what", "Publier le budget sur " + LONG_LINK);
        new Select(browser.findElement(By.id("minutes:who"))).selectByVisibleText("Marc Lefebvre");
        browser.findElement(By.id("minutes:add-action")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:actions"),
                "Publier le budget"));
        measure("minutes editor", checks);
        browser.findElement(By.id("minutes:publish")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
        info();
        measure("published minutes", checks);
        browser.get(base + "instances/registre.xhtml?instance=groupe-de-travail-resserre");
        measure("register", checks);

        // The administrator's pages.
        browser.findElement(By.id("sign-out")).click();
        signIn("nadia.roux");
        measure("home of an administrator", checks);
        Map<String, String> administration = new LinkedHashMap<>();
        administration.put("body page of an administrator", "instances/instance.xhtml?instance=groupe-de-travail-resserre");
        administration.put("organisation", "annuaire/organisation.xhtml?organisation=boc-hall");
        administration.put("circuits", "notes/circuits.xhtml");
        administration.put("bin and index", "documents/administration.xhtml");
        administration.put("archive import", "documents/import.xhtml");
        administration.put("notifications of an administrator", "notifications/index.xhtml");
        for (Map.Entry<String, String> page : administration.entrySet()) {
            browser.get(base + page.getValue());
            measure(page.getKey(), checks);
        }

        // On a desktop screen, the long unbroken title does not stretch the library either.
        screen(1366, 900);
        browser.get(base + "documents/index.xhtml");
        measure("library on a desktop screen", checks);

        assertAll("every page fits the screen's width", checks);
    }

    /** The browser's screen, as a phone's or a desktop's: headless Chromium keeps windows at least 500 px wide. */
    private void screen(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Measures the page on screen: its whole width against the window's, and the elements that stick out (a table
     * rather than its cells); keeps a screenshot of the whole page and its HTML under target/screens/, to look at
     * when it fails. Adds to the list the check of the width, and that the page is not an error page.
     */
    private void measure(String page, List<Executable> checks) throws IOException {
        Browser.waitFor(browser).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) browser.executeScript(
                "const width = window.innerWidth;"
                        + "const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                        + "  if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };"
                        + "const out = [...document.body.querySelectorAll('*')].filter(e =>"
                        + "  e.getBoundingClientRect().right > width + 0.5 && !clipped(e)).map(e => e.closest('table') || e);"
                        + "const culprits = [...new Set(out)].filter(e => !out.some(o => o !== e && e.contains(o))).slice(0, 4)"
                        + "  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                        + "    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');"
                        + "return {page: document.scrollingElement.scrollWidth, height: document.scrollingElement.scrollHeight,"
                        + "  window: width, culprits: culprits.join(', ')};");
        long pageWidth = ((Number) widths.get("page")).longValue();
        long windowWidth = ((Number) widths.get("window")).longValue();
        Path screens = Path.of(System.getProperty("interactifs.basedir", "."), "target", "screens");
        Files.createDirectories(screens);
        String name = windowWidth + "-" + page.replaceAll("[^\\p{L}0-9]+", "-");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", Math.min(pageWidth, 2000),
                        "height", Math.min(((Number) widths.get("height")).longValue(), 5000), "scale", 1)));
        Files.write(screens.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        Files.writeString(screens.resolve(name + ".html"), browser.getPageSource());
        System.out.println("Width of " + page + " at " + windowWidth + " px: " + pageWidth + " px");
        String url = browser.getCurrentUrl();
        boolean error = !browser.findElements(By.id("error-text")).isEmpty();
        checks.add(() -> assertFalse(error, page + " (" + url + ") shows an error page"));
        checks.add(() -> assertTrue(pageWidth <= windowWidth, page + " (" + url + ") is " + pageWidth
                + " px wide in a window of " + windowWidth + " px; sticking out: " + widths.get("culprits")));
    }

    private void openFromNavigation(String label) {
        browser.findElement(By.cssSelector("nav.app-nav")).findElement(By.linkText(label)).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date and time inputs take their value in ISO form whatever the browser's language shows. */
    private void setNative(String id, String isoValue) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoValue);
    }

    private String info() {
        return Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-info")))
                .getText();
    }
}
