package fr.prma.interactifs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.RunningProduct;

/**
 * A position paper through the whole default circuit in the real product (Keycloak, Payara Micro, H2, Chromium),
 * each step by the demo people of its body: the working group's secretary writes a paper and submits it; the
 * departmental meeting does not see it yet; the two other members of the working group give their opinions, and
 * the second favourable one closes the step by its rule; in the departmental meeting's session, its secretary
 * records the body's request for changes; the author writes version 2 and submits it; the departmental meeting's
 * secretary records its approval in the same session, whose page lists both decisions; four members of the
 * steering committee approve and the paper is adopted: a member of no body finds it among the adopted positions,
 * with its adoption record as a PDF.
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
    void aPaperGoesThroughTheThreeBodiesWithChangesAskedInAMeetingAndIsAdopted() throws Exception {
        // The departmental meeting's session, which starts while the working group reviews the paper
        signIn("camille.durand");
        ZonedDateTime start = ZonedDateTime.now(MeetingSchedule.ZONE).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        LocalTime end = start.toLocalTime().isAfter(LocalTime.of(22, 0)) ? LocalTime.of(23, 59)
                : start.toLocalTime().plusHours(1);
        browser.get(product.baseUrl() + "instances/reunion-edition.xhtml?instance=reunion-departementale");
        type("meeting:title", "Réunion départementale d’automne");
        setNative("meeting:date", start.toLocalDate().toString());
        setNative("meeting:start", start.toLocalTime().toString());
        setNative("meeting:end", end.toString());
        type("meeting:place", "La Ronde des Jurons");
        browser.findElement(By.id("meeting:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-info")));
        String meetingPage = browser.getCurrentUrl();

        inANewBrowser();
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
        String closing = browser.findElement(By.cssSelector(".message-info")).getText();
        assertTrue(closing.contains("elle est close") && !closing.contains("vous pouvez le changer"),
                "an opinion that closes the step does not offer to change it: " + closing);
        String firstStep = browser.findElement(By.cssSelector(".review-step")).getText();
        assertTrue(firstStep.contains("Approbation par la règle de l’étape"), firstStep);

        inANewBrowser();
        signIn("ines.garnier");
        assertTrue(text("review-tasks").contains("Note de position : " + TITLE),
                "the home page says what awaits her, and what it is: " + text("review-tasks"));
        open("Notes de position");
        assertTrue(text("to-review").contains(TITLE), "now the departmental meeting is asked");
        browser.findElement(By.id("to-review")).findElement(By.linkText(TITLE)).click();
        giveOpinion("Défavorable", "Le montant n’est pas chiffré.");
        opinionOf("thomas.bernard", paperPage, "Défavorable");
        opinionOf("lucie.petit", paperPage, "Favorable avec réserves");

        // The session has begun: its secretary records who came, then the room's vote on the paper
        while (ZonedDateTime.now(MeetingSchedule.ZONE).isBefore(start.plusSeconds(1))) {
            Thread.sleep(1000);
        }
        inANewBrowser();
        signIn("camille.durand");
        recordEveryonePresent(meetingPage);
        browser.get(meetingPage);
        assertTrue(text("papers-to-decide").contains(TITLE), "the session's page lists what the body reviews");
        browser.findElement(By.id("papers-to-decide")).findElement(By.linkText(TITLE)).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:decide")));
        assertTrue(text("room-attendance").startsWith("Présences enregistrées : 6 membres présents ou représentés sur 6"),
                text("room-attendance"));
        typeVote(3, 1, 1);
        assertEquals(List.of("Approuver"), offeredDecisions(), "a room voting for may only approve");
        assertTrue(text("not-offered").contains("Demander des modifications : La salle a voté pour (3 voix "
                + "pour, 1 contre) : l’étape ne peut que l’approuver."), text("not-offered"));
        typeVote(1, 3, 1);
        decideInTheSession("Demander des modifications", "Chiffrer la demande d’aide, par salle.");
        assertEquals("modifications demandées", text("status"));

        inANewBrowser();
        signIn("julien.moreau");
        browser.get(paperPage);
        browser.findElement(By.id("authorActions:edit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("paper:title")));
        browser.findElement(By.cssSelector("[id='paper:body'] .ql-editor"))
                .sendKeys(" Nous demandons 40 000 € par an, répartis entre les cinq salles.");
        browser.findElement(By.id("paper:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        browser.findElement(By.id("authorActions:submit")).click();
        browser.switchTo().alert().accept();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.id("status"), "en examen"));
        assertTrue(text("step-title").contains("Réunion départementale"), "the same step opens again");

        // Written opinions against, given before; the room votes for: the room decides.
        opinionOf("ines.garnier", paperPage, "Défavorable");
        opinionOf("thomas.bernard", paperPage, "Défavorable");
        opinionOf("lucie.petit", paperPage, "Favorable");
        inANewBrowser();
        signIn("camille.durand");
        browser.get(paperPage);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:decide")));
        typeVote(4, 1, 0);
        assertEquals(List.of("Approuver"), offeredDecisions(), "the written opinions are advice");
        decideInTheSession("Approuver", "");
        assertTrue(text("step-title").contains("Comité de pilotage"), text("step-title"));
        String history = browser.findElement(By.cssSelector(".review-step:nth-of-type(3)")).getText();
        assertTrue(history.contains("Approbation par Camille Durand en séance du")
                && history.contains("La Ronde des Jurons")
                && history.contains("vote en séance : 4 voix pour, 1 contre, 0 abstention, 6 membres présents ou "
                        + "représentés"), history);
        browser.get(meetingPage);
        String decided = text("papers-decided");
        assertTrue(decided.contains("Demande de modifications") && decided.contains("Approbation")
                && decided.contains("vote en séance : 1 voix pour, 3 contre, 1 abstention"), decided);

        opinionOf("nadia.roux", paperPage, "Favorable");
        opinionOf("ines.garnier", paperPage, "Favorable");
        opinionOf("thomas.bernard", paperPage, "Favorable avec réserves");
        opinionOf("camille.durand", paperPage, "Favorable");
        assertEquals("adoptée", text("status"), "the fourth favourable opinion of seven settles the last step");

        inANewBrowser();
        signIn("sarah.blanc");
        open("Notes de position");
        WebElement adopted = browser.findElement(By.id("adopted"));
        assertTrue(adopted.getText().contains(TITLE), adopted.getText());
        adopted.findElement(By.linkText(TITLE)).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertTrue(text("paper-body").contains("40 000 €"), "the approved version is shown");
        String pdf = browser.findElement(By.id("adoption-pdf")).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('Content-Type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))))"
                + ".catch(e => done(String(e)));", pdf);
        assertEquals("200 application/pdf %PDF", answer);
        Browser.assertNoSeriousAccessibilityViolation(browser);
    }

    @Test
    void anAdministratorLetsTheSteeringCommitteesChairDecideDocumentReviewsAndTheChairDecidesOne() throws Exception {
        signIn("julien.moreau");
        open("Notes de position");
        assertTrue(browser.findElements(By.id("circuits")).isEmpty(), "no circuit editing for members");
        browser.get(product.baseUrl() + "notes/circuits.xhtml");
        assertEquals("Page introuvable", heading());

        inANewBrowser();
        signIn("nadia.roux");
        open("Notes de position");
        browser.findElement(By.id("circuits")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Circuits de validation"));
        String papersCircuit = browser.findElement(By.cssSelector("[id='circuit-notes-de-position']")).getText();
        assertTrue(papersCircuit.contains("Groupe de travail resserré - Majorité avec quorum - 15 jours"), papersCircuit);
        Browser.assertNoSeriousAccessibilityViolation(browser);

        edit("Notes de position");
        browser.findElement(By.id("editor:add-step")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:step:3:body")));
        browser.findElement(By.id("editor:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-error")));
        assertEquals("Chaque étape nomme une instance et une règle de décision.",
                browser.findElement(By.cssSelector(".message-error")).getText().trim());
        assertEquals(4, browser.findElements(By.cssSelector("#steps > li")).size(), "the steps typed are kept");
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.id("editor:cancel")).click();
        Browser.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:save")));

        edit("Examen par le comité de pilotage");
        assertTrue(browser.findElements(By.id("editor:add-step")).isEmpty(), "the document review stays one step");
        new Select(browser.findElement(By.id("editor:step:0:rule"))).selectByVisibleText("La présidence décide");
        type("editor:step:0:deadline", "20");
        browser.findElement(By.id("editor:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-info")));
        assertEquals("Circuit « Examen par le comité de pilotage » : la version 2 est en vigueur.",
                browser.findElement(By.cssSelector(".message-info")).getText().trim());
        String reviewCircuit = browser.findElement(By.cssSelector("[id='circuit-examen-comite-de-pilotage']")).getText();
        assertTrue(reviewCircuit.contains("Version en vigueur : 2")
                && reviewCircuit.contains("Comité de pilotage - La présidence décide - 20 jours"), reviewCircuit);

        // A member submits a document to the committee; its chair decides on the document's page.
        inANewBrowser();
        signIn("julien.moreau");
        Path file = Files.writeString(Files.createTempDirectory("copil").resolve("Convention de mutualisation.txt"),
                "Les structures du pôle mettent en commun un régisseur son.");
        browser.get(product.baseUrl() + "documents/deposer.xhtml");
        browser.findElement(By.cssSelector("input[type=file][id='deposit:files_input']")).sendKeys(file.toString());
        String documentPage = Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".deposit-results li.ok a"))).getAttribute("href");
        browser.get(documentPage);
        browser.findElement(By.id("committee:submit-review")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-info")));
        assertTrue(browser.findElements(By.id("committee:submit-review")).isEmpty(), "not twice at once");

        inANewBrowser();
        signIn("marc.lefebvre");
        assertTrue(text("review-tasks").contains("Document soumis au comité de pilotage : Convention de mutualisation"),
                "the home page says it is a document, not a paper: " + text("review-tasks"));
        browser.get(documentPage);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:decide")));
        assertEquals(List.of("Approuver", "Demander des modifications", "Rejeter"), offeredDecisions(),
                "the chair decides: every outcome, named for people");
        Browser.assertNoSeriousAccessibilityViolation(browser);
        decide("Approuver", "");
        assertTrue(text("review-outcome").matches("Examiné par le comité de pilotage le \\d{1,2} \\p{L}+ \\d{4} : "
                + "approuvé\\."), text("review-outcome"));
        assertTrue(browser.findElements(By.id("committee:submit-review")).isEmpty(),
                "not submitted again until a new version exists");
        assertTrue(!browser.getPageSource().contains("sera examinée"), "no longer says it will be reviewed");
    }

    /** Opens the editor of the circuit of that name. */
    private void edit(String circuitName) {
        browser.findElement(By.cssSelector("[aria-label='Modifier les étapes : " + circuitName + "']")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:save")));
    }

    /** That person signs in, opens the paper and gives that opinion. */
    private void opinionOf(String username, String paperPage, String choice) throws Exception {
        inANewBrowser();
        signIn(username);
        browser.get(paperPage);
        giveOpinion(choice, "");
    }

    /** The secretary records every member of the meeting's body present, on the attendance page. */
    private void recordEveryonePresent(String meetingPage) {
        browser.get(meetingPage);
        browser.findElement(By.id("attendance")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance:record")));
        for (WebElement select : browser.findElements(By.cssSelector("select[id$=':attended']"))) {
            new Select(select).selectByVisibleText("Présent(e)");
        }
        browser.findElement(By.id("attendance:record")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-info")));
    }

    /** Types the room's vote on the decision form; the decisions offered follow. */
    private void typeVote(int votesFor, int against, int abstaining) {
        String[][] fields = {{"decision:for", String.valueOf(votesFor)}, {"decision:against", String.valueOf(against)},
            {"decision:abstaining", String.valueOf(abstaining)}};
        for (String[] field : fields) {
            WebElement before = browser.findElement(By.id("decision:choices"));
            // One change event a field, as a person's typing then leaving it gives, whatever the value was
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('change'));", browser.findElement(By.id(field[0])), field[1]);
            Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(before));
        }
    }

    /** The decisions the form offers now, as labelled. */
    private List<String> offeredDecisions() {
        return browser.findElements(By.cssSelector("[id='decision:choice'] label")).stream()
                .map(label -> label.getText().trim()).toList();
    }

    /** The secretary closes the open step with that decision, recorded in the session the page proposes. */
    private void decideInTheSession(String decision, String reason) {
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:decide")));
        assertTrue(new Select(browser.findElement(By.id("decision:meeting"))).getFirstSelectedOption().getText()
                .contains("Réunion départementale d’automne"), "the session is proposed");
        decide(decision, reason);
    }

    /** Whoever may decide closes the open step with that decision, after the browser's confirmation. */
    private void decide(String decision, String reason) {
        WebElement label = browser.findElements(By.cssSelector("[id='decision:choice'] label")).stream()
                .filter(element -> element.getText().trim().equals(decision)).findFirst()
                .orElseThrow(() -> new AssertionError("No decision " + decision));
        browser.findElement(By.id(label.getAttribute("for"))).click();
        type("decision:reason", reason);
        browser.findElement(By.id("decision:decide")).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-info")));
    }

    private void setNative(String id, String isoValue) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                isoValue);
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
