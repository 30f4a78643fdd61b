package fr.prma.interactifs.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;


import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.KeycloakAdmin;
import fr.prma.interactifs.testing.RunningProduct;

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
}
