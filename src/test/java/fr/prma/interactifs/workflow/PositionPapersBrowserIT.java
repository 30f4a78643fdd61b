package fr.prma.interactifs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.RunningProduct;

/**
 * A position paper through the real product (Keycloak, Payara Micro, H2, Chromium): the working group's
 * secretary writes a paper and submits it; the departmental meeting does not see it yet; the two other members of
 * the working group give their opinions, and the second favourable one closes the step by its rule; the paper
 * then reaches the departmental meeting, whose members now see it and are asked for their opinion, on their home
 * page too.
 */
class PositionPapersBrowserIT {

    private static final String DEMO_PASSWORD = "demo";
    private static final String TITLE = "Pour une aide régionale à la diffusion des musiques actuelles";

    private static RunningProduct product;
    private ChromeDriver browser;

    @BeforeAll
    static void startProduct() throws Exception {
        product = RunningProduct.startFresh("position-papers-browser-it");
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
    void aPaperWrittenBySecretaryIsApprovedByTheWorkingGroupAndReachesTheDepartmentalMeeting() throws Exception {
        signIn("julien.moreau");
        open("Notes de position");
        browser.findElement(By.id("write")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("paper:title")));
        type("paper:title", TITLE);
        type("paper:addressee", "Région Nouvelle-Aquitaine");
        type("paper:summary", "Ce que les salles du département demandent à la Région.");
        browser.findElement(By.cssSelector("[id='paper:body'] .ql-editor"))
                .sendKeys("Les salles du département demandent une aide pluriannuelle à la diffusion.");
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.id("paper:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertEquals("brouillon", text("status"));
        String paperPage = browser.getCurrentUrl();
        assertTrue(text("paper-body").contains("aide pluriannuelle"), text("paper-body"));

        browser.findElement(By.id("authorActions:submit")).click();
        browser.switchTo().alert().accept();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("status"), "en examen"));
        assertTrue(text("step-title").contains("Groupe de travail resserré"), text("step-title"));
        Browser.assertNoSeriousAccessibilityViolation(browser);

        inANewBrowser();
        signIn("ines.garnier");
        browser.get(paperPage);
        assertEquals("Page introuvable", heading(), "the departmental meeting does not see it yet");

        inANewBrowser();
        signIn("nadia.roux");
        open("Notes de position");
        WebElement task = browser.findElement(By.id("to-review"));
        assertTrue(task.getText().contains(TITLE) && task.getText().contains("Votre avis est attendu"), task.getText());
        task.findElement(By.linkText(TITLE)).click();
        giveOpinion("Favorable avec réserves", "Chiffrer la demande avant la réunion départementale.");
        assertTrue(text("step-title").contains("Groupe de travail resserré"), "one opinion of two: still open");

        inANewBrowser();
        signIn("marc.lefebvre");
        browser.get(paperPage);
        giveOpinion("Favorable", "");
        assertTrue(text("step-title").contains("Réunion départementale"), text("step-title"));
        assertTrue(browser.getPageSource().contains("Approuver"), "the first step shows its decision");
        assertTrue(browser.getPageSource().contains("par la règle de l’étape"));

        inANewBrowser();
        signIn("ines.garnier");
        assertTrue(text("review-tasks").contains(TITLE), "the home page says what awaits her");
        open("Notes de position");
        assertTrue(text("to-review").contains(TITLE), "now the departmental meeting is asked");
    }

    private void giveOpinion(String choice, String comment) {
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("opinion:give")));
        WebElement label = browser.findElements(By.cssSelector("[id='opinion:choice'] label")).stream()
                .filter(element -> element.getText().trim().equals(choice)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice " + choice));
        browser.findElement(By.id(label.getAttribute("for"))).click();
        type("opinion:comment", comment);
        browser.findElement(By.id("opinion:give")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-info")));
    }

    private void inANewBrowser() throws Exception {
        browser.quit();
        browser = Browser.open();
    }

    private void signIn(String username) {
        browser.get(product.baseUrl());
        Browser.signInOnKeycloak(browser, username, DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    private void open(String label) {
        browser.findElement(By.cssSelector("nav.app-nav")).findElement(By.linkText(label)).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
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
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }
}
