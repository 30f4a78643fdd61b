package fr.prma.interactifs.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.RunningProduct;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The story of a meeting through the real product (Keycloak, Payara Micro, H2, Chromium), with a real SMTP
 * server (GreenMail) in place of the cluster's: the working group's secretary schedules a meeting, prepares its
 * agenda and sends the convocation; a member receives it by e-mail and in the intranet, answers and downloads
 * it for their calendar; someone outside the working group cannot open it.
 */
class MeetingsBrowserIT {

    private static final String DEMO_PASSWORD = "demo";

    private static GreenMail smtp;
    private static RunningProduct product;
    private ChromeDriver browser;

    @BeforeAll
    static void startProduct() throws Exception {
        smtp = new GreenMail(new ServerSetup(RunningProduct.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        product = RunningProduct.startFresh("meetings-browser-it", Map.of(
                "INTERACTIFS_SMTP_HOST", "127.0.0.1",
                "INTERACTIFS_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INTERACTIFS_MAIL_FROM", "secretariat@demo.les-interactifs.example"));
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.stop();
        }
        if (smtp != null) {
            smtp.stop();
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

    /** Signs out, and waits for the page to go: the next address typed would otherwise race the sign-out. */
    private void signOut() {
        WebElement signOut = browser.findElement(By.id("sign-out"));
        signOut.click();
        Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(signOut));
    }

    private void signIn(String username) {
        browser.get(product.baseUrl());
        Browser.signInOnKeycloak(browser, username, DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date and time inputs take their value in ISO form whatever the browser's language shows. */
    private void setNative(String id, String isoValue) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
                isoValue);
    }

    private void clickAndConfirm(String id) {
        browser.findElement(By.id(id)).click();
        Browser.waitFor(browser).until(ExpectedConditions.alertIsPresent()).accept();
    }

    private String info() {
        return Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-info")))
                .getText();
    }

    @Test
    void secretaryConvenesTheWorkingGroupAndAMemberAnswersAndAddsItToTheirCalendar() throws Exception {
        LocalDate day = LocalDate.now(MeetingSchedule.ZONE).plusDays(9);
        String title = "Bilan <b>de saison</b> & perspectives";

        // The secretary schedules the meeting from the working group's page.
        signIn("julien.moreau");
        waitUntilKnownFromKeycloak("groupe-de-travail-resserre", "Marc Lefebvre");
        browser.findElement(By.id("schedule")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting:title")));
        type("meeting:title", title);
        setNative("meeting:date", day.toString());
        setNative("meeting:start", "09:30");
        setNative("meeting:end", "09:00");
        type("meeting:place", "Le Camji, Niort");
        browser.findElement(By.id("meeting:save")).click();
        assertEquals("L’heure de fin doit être après l’heure de début.",
                Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.className("message-error")))
                        .getText());
        assertEquals(title, browser.findElement(By.id("meeting:title")).getAttribute("value"), "nothing typed is lost");
        setNative("meeting:end", "12:00");
        browser.findElement(By.id("meeting:save")).click();

        assertTrue(info().startsWith("Réunion planifiée."), info());
        String meetingUrl = browser.getCurrentUrl();
        assertEquals(title + " En préparation", text("meeting-title"), "typed markup is shown as text");
        String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(day) + ", 09:30 - 12:00";
        assertEquals(when, text("meeting-when"));

        // The agenda, put in order.
        browser.findElement(By.id("secretary:edit-agenda")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-item:item-title")));
        addAgendaItem("Bilan des concerts de l’automne", "Julien Moreau", "30");
        addAgendaItem("Calendrier 2027", "", "");
        browser.findElement(By.id("items:agenda:1:up")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#items\\:agenda tbody tr:first-child"), "Calendrier 2027"));
        Browser.assertNoSeriousAccessibilityViolation(browser);
        browser.findElement(By.id("back")).click();

        // The convocation.
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("agenda")));
        assertEquals(List.of("Calendrier 2027", "Bilan des concerts de l’automne (Julien Moreau, 30 min)"), agenda());
        clickAndConfirm("secretary:convene");
        assertEquals("Convocation envoyée aux membres de l’instance.", info());
        assertEquals(title + " Convocation envoyée", text("meeting-title"));
        Browser.assertNoSeriousAccessibilityViolation(browser);

        // Every member of the working group gets it by e-mail, with the link back to the meeting (this one: other
        // stories convene the working group too, on other days).
        String subject = "[Les Interactifs] Convocation : Groupe de travail resserré, " + when;
        MimeMessage mail = awaitMail("marc.lefebvre@demo.les-interactifs.example", subject);
        String body = (String) mail.getContent();
        assertTrue(body.contains(title) && body.contains("1. Calendrier 2027"), body);
        assertTrue(body.contains(meetingUrl.substring(meetingUrl.indexOf("/instances/"))), body);
        awaitMail("nadia.roux@demo.les-interactifs.example", subject);
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).noneMatch(message -> recipients(message)
                .contains("ines.garnier@demo.les-interactifs.example")
                && subject(message).contains("Groupe de travail resserré")), "no e-mail outside the body");

        // A member sees it on the home page, answers, and downloads it for their calendar.
        signOut();
        signIn("marc.lefebvre");
        int unread = unreadNotifications();
        assertTrue(unread >= 1, text("bell"));
        assertTrue(text("awaiting-answer").contains(title), text("awaiting-answer"));
        browser.findElement(By.id("bell")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-list")));
        assertTrue(text("notification-list").startsWith("Nouveau Convocation : Groupe de travail resserré"),
                text("notification-list"));
        browser.findElement(By.cssSelector("#notification-list .notification-subject")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:choice")));
        assertEquals(unread - 1, unreadNotifications(), "opening the notification marked it read: " + text("bell"));
        browser.findElement(By.cssSelector("input[name='answer:choice'][value='PRESENT']")).click();
        browser.findElement(By.id("answer:save-answer")).click();
        assertEquals("Votre réponse est enregistrée.", info());
        assertEquals("Votre réponse : Présent(e).", text("my-answer"));
        browser.get(product.baseUrl());
        assertTrue(browser.findElements(By.id("awaiting-answer")).isEmpty(), "nothing awaits an answer any more");

        browser.get(meetingUrl);
        String ics = download(browser.findElement(By.id("download-ics")).getAttribute("href"));
        assertTrue(ics.startsWith("200 text/calendar"), ics);
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("Le Camji\\, Niort"), ics);

        // Someone outside the working group cannot open it, even with its address.
        signOut();
        signIn("ines.garnier");
        assertTrue(text("upcoming-meetings").contains("Aucune réunion"), text("upcoming-meetings"));
        browser.get(meetingUrl);
        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());

        // The secretary sees the answers and the quorum expected from them.
        browser.get(product.baseUrl());
        signOut();
        signIn("julien.moreau");
        browser.get(meetingUrl);
        browser.findElement(By.id("attendance")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("quorum")));
        assertTrue(browser.findElements(By.cssSelector("#attendance\\:answers tbody tr")).stream()
                .map(WebElement::getText).anyMatch(row -> row.startsWith("Marc Lefebvre UPCP-Métive Présent(e)")),
                text("attendance:answers"));
        assertTrue(text("quorum").startsWith("D’après les réponses : 1 présent et 0 représenté sur 3 membres ; "
                + "le quorum (50 %) demande 2 membres"), text("quorum"));
        assertTrue(text("quorum-status").equals("Quorum non atteint"));
        Browser.assertNoSeriousAccessibilityViolation(browser);
    }

    @Test
    void membersAreToldByEmailWhatChangedAfterTheConvocationAndThatTheMeetingIsCancelled() throws Exception {
        LocalDate day = LocalDate.now(MeetingSchedule.ZONE).plusDays(12);
        String title = "Réunion départementale n° " + System.nanoTime() % 100_000;
        signIn("camille.durand");
        waitUntilKnownFromKeycloak("reunion-departementale", "Thomas Bernard");
        scheduleAndConvene("reunion-departementale", title, day, "14:00", "16:00",
                "Trastaroots, Saint-Maixent-l’École");

        browser.findElement(By.id("secretary:edit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting:start")));
        assertEquals(title, browser.findElement(By.id("meeting:title")).getAttribute("value"));
        assertEquals("14:00", browser.findElement(By.id("meeting:start")).getAttribute("value"));
        setNative("meeting:start", "15:00");
        setNative("meeting:end", "17:00");
        browser.findElement(By.id("meeting:save")).click();
        assertEquals("Réunion modifiée : les membres convoqués sont prévenus de ce qui a changé.", info());
        assertTrue(text("meeting-when").endsWith("15:00 - 17:00"), text("meeting-when"));

        MimeMessage change = awaitMail("ines.garnier@demo.les-interactifs.example", "[Les Interactifs] Réunion modifiée");
        assertTrue(((String) change.getContent()).contains("- Horaire : 14:00 - 16:00 → 15:00 - 17:00"),
                (String) change.getContent());

        browser.findElement(By.id("secretary:edit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel:reason")));
        type("cancel:reason", "Salle indisponible ce jour-là");
        clickAndConfirm("cancel:confirm-cancel");
        assertEquals("La réunion est annulée.", info());
        assertEquals(title + " Annulée", text("meeting-title"));
        assertEquals("Salle indisponible ce jour-là", text("meeting-cancellation"));
        assertTrue(browser.findElements(By.id("secretary:convene")).isEmpty(), "a cancelled meeting no longer changes");

        MimeMessage cancellation = awaitMail("thomas.bernard@demo.les-interactifs.example",
                "[Les Interactifs] Réunion annulée");
        assertTrue(((String) cancellation.getContent()).contains("Motif : Salle indisponible ce jour-là"),
                (String) cancellation.getContent());
    }

    @Test
    void privateCalendarAddressWorksWithoutSignInUntilItIsRevoked() throws Exception {
        signIn("ines.garnier");
        browser.findElement(By.linkText("Mon calendrier")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("feed:create")));
        browser.findElement(By.id("feed:create")).click();
        String address = Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("feed:address"))).getAttribute("value");
        assertTrue(address.startsWith(product.baseUrl() + "calendrier/flux/") && address.endsWith(".ics"), address);
        Browser.assertNoSeriousAccessibilityViolation(browser);

        // A calendar application has no session: the address alone opens the calendar.
        HttpURLConnection subscription = (HttpURLConnection) URI.create(address).toURL().openConnection();
        assertEquals(200, subscription.getResponseCode());
        assertTrue(subscription.getContentType().startsWith("text/calendar"), subscription.getContentType());
        try (InputStream body = subscription.getInputStream()) {
            assertTrue(new String(body.readAllBytes(), StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR"));
        }

        clickAndConfirm("feed:revoke");
        info();
        assertTrue(text("status").startsWith("Vous n’avez pas encore d’adresse"), text("status"));

        HttpURLConnection revoked = (HttpURLConnection) URI.create(address).toURL().openConnection();
        assertEquals(401, revoked.getResponseCode());
        try (InputStream body = revoked.getErrorStream()) {
            assertEquals("Adresse de calendrier inconnue ou révoquée. Demandez une nouvelle adresse dans l’intranet, "
                    + "page « Mon calendrier ».", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void secretaryWritesAndPublishesTheMinutesAndAMemberReadsThemAsPdf() throws Exception {
        // A meeting that starts in a minute or two: minutes are written once it has started.
        ZonedDateTime start = ZonedDateTime.now(MeetingSchedule.ZONE).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        LocalTime end = start.toLocalTime().isAfter(LocalTime.of(22, 0)) ? LocalTime.of(23, 59)
                : start.toLocalTime().plusHours(1);
        String title = "Séance de travail " + System.nanoTime() % 100_000;
        signIn("julien.moreau");
        waitUntilKnownFromKeycloak("groupe-de-travail-resserre", "Marc Lefebvre");
        browser.get(product.baseUrl() + "instances/reunion-edition.xhtml?instance=groupe-de-travail-resserre");
        type("meeting:title", title);
        setNative("meeting:date", start.toLocalDate().toString());
        setNative("meeting:start", start.toLocalTime().toString());
        setNative("meeting:end", end.toString());
        type("meeting:place", "Le Camji, Niort");
        browser.findElement(By.id("meeting:save")).click();
        info();
        String meetingUrl = browser.getCurrentUrl();
        browser.findElement(By.id("secretary:edit-agenda")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-item:item-title")));
        addAgendaItem("Programmation 2027", "", "");
        while (ZonedDateTime.now(MeetingSchedule.ZONE).isBefore(start.plusSeconds(1))) {
            Thread.sleep(1000);
        }

        browser.get(meetingUrl);
        browser.findElement(By.id("minutes")).click();
        browser.findElement(By.id("secretary:write")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ql-editor")));
        assertEquals(title + " En cours", text("meeting-title"), "during its slot, the meeting is under way");
        new Select(browser.findElement(By.cssSelector("select[title='Présence constatée : Marc Lefebvre']")))
                .selectByVisibleText("Présent(e)");
        new Select(browser.findElement(By.cssSelector("select[title='Présence constatée : Julien Moreau']")))
                .selectByVisibleText("Présent(e)");
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:quorum"),
                "Quorum atteint : 2 présents"));
        WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
        editor.click();
        editor.sendKeys("Le programme 2027 est présenté <script>alert(1)</script> par Marc.");

        // The session is lost before the automatic save: after signing in again, the text kept by the browser
        // is offered back.
        Browser.waitFor(browser).until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return Object.keys(localStorage).some(k => k.startsWith('interactifs.minutes.')"
                        + " && localStorage.getItem(k).includes('par Marc.'))"));
        String editUrl = browser.getCurrentUrl();
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of()); // the application's and Keycloak's
        browser.get(editUrl);
        Browser.signInOnKeycloak(browser, "julien.moreau", DEMO_PASSWORD);
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("local-backup")));
        assertTrue(text("local-backup").startsWith("Ce navigateur a gardé un texte de ce compte rendu qui n’a pas"
                + " été enregistré"), text("local-backup"));
        assertEquals("", browser.findElement(By.cssSelector(".ql-editor")).getText().trim(),
                "the server never had the text");
        browser.findElement(By.id("local-backup-restore")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ql-editor"),
                "Le programme 2027 est présenté <script>alert(1)</script> par Marc."));
        // Saved on the server, the same text is not offered again, although the server rewrote its markup.
        browser.findElement(By.id("minutes:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:saved-at"),
                "enregistré à"));
        browser.get(editUrl);
        Browser.waitFor(browser).until(driver -> "complete".equals(((JavascriptExecutor) driver)
                .executeScript("return document.readyState")));
        Browser.waitFor(browser).until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return Object.keys(localStorage).every(k => !k.startsWith('interactifs.minutes.'))"));
        assertFalse(browser.findElement(By.id("local-backup")).isDisplayed(), "the copy was the server's text");
        type("minutes:wording", "La programmation 2027 est validée.");
        browser.findElement(By.id("minutes:vote")).click();
        type("minutes:for", "2");
        type("minutes:against", "0");
        type("minutes:abstentions", "0");
        browser.findElement(By.id("minutes:add-decision")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:decision"),
                "La programmation 2027 est validée. (pour : 2, contre : 0, abstentions : 0)"));
        type("minutes:what", "Réserver les salles");
        new Select(browser.findElement(By.id("minutes:who"))).selectByVisibleText("Marc Lefebvre");
        browser.findElement(By.id("minutes:add-action")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("minutes:actions"),
                "Réserver les salles"));
        Browser.assertNoSeriousAccessibilityViolation(browser);

        clickAndConfirm("minutes:publish");
        assertEquals("Compte rendu publié : les membres de l’instance sont prévenus.", info());
        assertTrue(text("current-quorum").startsWith("Quorum"), text("current-quorum"));
        assertTrue(browser.findElement(By.className("discussion")).getText()
                .contains("Le programme 2027 est présenté <script>alert(1)</script> par Marc."), "typed text, shown as text");
        String pdfUrl = browser.findElement(By.id("pdf")).getAttribute("href");
        Browser.assertNoSeriousAccessibilityViolation(browser);

        // A member of the working group reads them and downloads the PDF.
        signOut();
        signIn("marc.lefebvre");
        browser.findElement(By.id("bell")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-list")));
        assertTrue(text("notification-list").contains("Compte rendu publié : Groupe de travail resserré"),
                text("notification-list"));
        browser.get(meetingUrl.replace("reunion.xhtml", "compte-rendu.xhtml"));
        assertTrue(text("current-decisions-0").contains("La programmation 2027 est validée."),
                text("current-decisions-0"));
        String pdf = download(pdfUrl);
        assertTrue(pdf.startsWith("200 application/pdf"), pdf.substring(0, Math.min(200, pdf.length())));

        // The action given to him is in the body's register, where he marks it done.
        browser.get(product.baseUrl() + "instances/registre.xhtml?instance=groupe-de-travail-resserre&miennes=true");
        WebElement row = browser.findElements(By.cssSelector("#actions\\:list tbody tr")).stream()
                .filter(line -> line.getText().contains("Réserver les salles")).findFirst().orElseThrow();
        assertTrue(row.getText().contains("En cours"), row.getText());
        row.findElement(By.cssSelector("input[type=submit]")).click();
        assertEquals("Action marquée comme faite.", info());
        assertTrue(browser.findElements(By.cssSelector("#actions\\:list tbody tr")).stream()
                .anyMatch(line -> line.getText().contains("Réserver les salles") && line.getText().contains("Faite")));
        Browser.assertNoSeriousAccessibilityViolation(browser);

        // Someone outside the working group gets neither the minutes nor the PDF.
        signOut();
        signIn("ines.garnier");
        browser.get(meetingUrl.replace("reunion.xhtml", "compte-rendu.xhtml"));
        assertEquals("Page introuvable", browser.findElement(By.tagName("h1")).getText());
        assertTrue(download(pdfUrl).startsWith("404"));
    }

    @Test
    void aProxyBackToItsGiverIsRefusedWithTheReasonAndTheHolderIsToldAndSeesWhoseProxyTheyHold() throws Exception {
        LocalDate day = LocalDate.now(MeetingSchedule.ZONE).plusDays(15);
        String title = "Groupe de travail n° " + System.nanoTime() % 100_000;
        signIn("julien.moreau");
        waitUntilKnownFromKeycloak("groupe-de-travail-resserre", "Nadia Roux");
        String meetingUrl = scheduleAndConvene("groupe-de-travail-resserre", title, day, "10:00", "12:00",
                "La Ronde des Jurons, Niort");

        // Marc cannot come and gives his proxy to Nadia; his answer names her.
        signOut();
        signIn("marc.lefebvre");
        browser.get(meetingUrl);
        answer("EXCUSED", "Nadia Roux");
        assertEquals("Votre réponse est enregistrée.", info());
        assertEquals("Votre réponse : Excusé(e) — pouvoir donné à Nadia Roux.", text("my-answer"));

        // Nadia is told by e-mail and in the intranet, and the meeting's page says whose proxy she holds.
        MimeMessage told = awaitMail("nadia.roux@demo.les-interactifs.example",
                "[Les Interactifs] Pouvoir confié : Groupe de travail resserré, ");
        String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(day);
        assertTrue(((String) told.getContent()).contains("Marc Lefebvre vous confie son pouvoir pour la réunion « "
                + title + " » (Groupe de travail resserré) du " + when + "."), (String) told.getContent());
        signOut();
        signIn("nadia.roux");
        browser.findElement(By.id("bell")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-list")));
        assertTrue(text("notification-list").startsWith("Nouveau Pouvoir confié : Groupe de travail resserré"),
                text("notification-list"));
        browser.get(meetingUrl);
        assertEquals("Vous portez le pouvoir de Marc Lefebvre.", text("proxies-held"));

        // Giving hers back to Marc would make a loop: refused with the reason, and nothing is recorded.
        answer("ABSENT", "Marc Lefebvre");
        assertEquals("Marc Lefebvre vous a déjà confié son pouvoir : vous ne pouvez pas lui donner le vôtre en retour.",
                Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                        By.className("message-error"))).getText());
        assertTrue(browser.findElements(By.id("my-answer")).isEmpty(), "no answer recorded");
        Browser.assertNoSeriousAccessibilityViolation(browser);
    }

    @Test
    void aSecretaryEditsReordersAndDocumentsTheAgendaAndAMemberOpensTheDocumentFromTheMeeting() throws Exception {
        signIn("julien.moreau");
        waitUntilKnownFromKeycloak("groupe-de-travail-resserre", "Marc Lefebvre");
        String word = "Tournée" + System.nanoTime() % 100_000;
        Path file = Files.writeString(Files.createTempDirectory("agenda").resolve(word + " des salles.txt"),
                "Calendrier des dates partagées entre les salles du département.");
        browser.get(product.baseUrl() + "documents/deposer.xhtml");
        browser.findElement(By.cssSelector("input[type=file][id='deposit:files_input']")).sendKeys(file.toString());
        String documentTitle = Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".deposit-results li.ok a"))).getText();
        assertTrue(documentTitle.contains(word), documentTitle);

        String meetingUrl = schedule("groupe-de-travail-resserre", "Préparation de la tournée " + word,
                LocalDate.now(MeetingSchedule.ZONE).plusDays(12), "14:00", "15:00", "Le Camji, Niort");
        browser.findElement(By.id("secretary:edit-agenda")).click();
        Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-item:item-title")));
        addAgendaItem("Bilan", "", "30");
        addAgendaItem("Dates de la tournée", "", "20");
        assertTrue(browser.findElements(By.id("items:agenda:0:up")).isEmpty(), "the first item does not move up");
        assertTrue(browser.findElements(By.id("items:agenda:1:down")).isEmpty(), "the last does not move down");
        assertEquals("Durée des points : 50 min sur un créneau de 1 h", text("agenda-duration"));

        // Edited in place: the pencil opens the row, the tick saves it.
        agendaRow(0).findElement(By.cssSelector(".ui-row-editor-pencil")).click();
        WebElement itemTitle = Browser.waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("items:agenda:0:edit-title")));
        itemTitle.clear();
        itemTitle.sendKeys("Bilan de la saison");
        type("items:agenda:0:edit-presenter", "Julien Moreau");
        type("items:agenda:0:edit-duration", "45");
        agendaRow(0).findElement(By.cssSelector(".ui-row-editor-check")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-duration"),
                "1 h 05 sur un créneau de 1 h"));
        assertTrue(agendaRow(0).getText().contains("Bilan de la saison") && agendaRow(0).getText()
                .contains("Julien Moreau"), agendaRow(0).getText());
        assertTrue(text("agenda-overrun").startsWith("Les points dépassent le créneau de 5 min"),
                text("agenda-overrun"));

        // A document of the library, found by its title, attached to the second item.
        type("items:agenda:1:attach_input", word.substring(0, 9));
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-autocomplete-panel li[data-item-label*='" + word + "']"))).click();
        Browser.waitFor(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> agendaRow(1).getText().contains(documentTitle));

        // Dragged by its handle above the first item.
        new Actions(browser).clickAndHold(agendaRow(1).findElement(By.className("agenda-drag")))
                .moveByOffset(0, -5).moveToElement(agendaRow(0)).moveByOffset(0, -10).release().perform();
        // The row moves at once in the browser; the agenda comes back from the server with its buttons renumbered.
        Browser.waitFor(browser).ignoring(StaleElementReferenceException.class).until(driver -> driver.findElement(
                By.id("items:agenda:1:up")).getAttribute("aria-label").contains("Bilan de la saison"));
        assertTrue(agendaRow(0).getText().contains("Dates de la tournée"), agendaRow(0).getText());
        assertTrue(browser.findElements(By.id("items:agenda:0:up")).isEmpty(), "first now, it does not move up");
        assertTrue(agendaRow(0).getText().contains(documentTitle), "the document moved with its item");
        // And from the keyboard: "Descendre", then "Monter", on the same item.
        browser.findElement(By.id("items:agenda:0:down")).sendKeys(Keys.ENTER);
        Browser.waitFor(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> agendaRow(0).getText().contains("Bilan de la saison"));
        browser.findElement(By.id("items:agenda:1:up")).sendKeys(Keys.ENTER);
        Browser.waitFor(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> agendaRow(0).getText().contains("Dates de la tournée"));
        screenshots("ordre-du-jour", "items");
        Browser.assertNoSeriousAccessibilityViolation(browser);

        browser.get(meetingUrl);
        clickAndConfirm("secretary:convene");
        info();

        // A member who has not answered finds the answer form first, and opens the document from the agenda.
        browser.findElement(By.id("sign-out")).click();
        signIn("marc.lefebvre");
        browser.get(meetingUrl);
        List<String> agenda = agenda();
        assertTrue(agenda.get(0).startsWith("Dates de la tournée (20 min)") && agenda.get(0).contains(documentTitle),
                agenda.toString());
        assertEquals("Bilan de la saison (Julien Moreau, 45 min)", agenda.get(1));
        assertTrue(precedes("answer", "agenda"), "the answer form comes before the agenda");
        screenshots("reunion", "agenda");
        browser.findElement(By.cssSelector("input[name='answer:choice'][value='PRESENT']")).click();
        browser.findElement(By.id("answer:save-answer")).click();
        assertEquals("Votre réponse est enregistrée.", info());
        assertTrue(precedes("agenda", "answer"), "once answered, the agenda comes first again");
        browser.findElement(By.linkText(documentTitle)).click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("/documents/document.xhtml?id="));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(documentTitle),
                browser.findElement(By.tagName("h1")).getText());
    }

    /** Whether the element of this id comes before that one in the page. */
    private boolean precedes(String firstId, String secondId) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return (document.getElementById(arguments[0])"
                + ".compareDocumentPosition(document.getElementById(arguments[1]))"
                + " & Node.DOCUMENT_POSITION_FOLLOWING) > 0", firstId, secondId);
    }

    private WebElement agendaRow(int index) {
        return browser.findElements(By.cssSelector("#items\\:agenda tbody tr")).get(index);
    }

    /**
     * The page at 1366 px and at 390 px wide, scrolled to one of its elements, in target/screenshots to look at; at
     * 390 px nothing in that element goes past the screen. Back to the usual size after.
     */
    private void screenshots(String name, String elementId) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            WebElement element = browser.findElement(By.id(elementId));
            JavascriptExecutor script = browser;
            script.executeScript("arguments[0].scrollIntoView()", element);
            Files.write(folder.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            assertEquals("", script.executeScript("var limit = document.documentElement.clientWidth, out = [];"
                    + "arguments[0].querySelectorAll('*').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.width > 0 && r.right > limit + 1) out.push(e.tagName + '#' + e.id + '.' + e.className"
                    + " + ' ' + Math.round(r.right)); }); return out.slice(0, 8).join('\\n');", element),
                    name + " at " + width + " px: nothing goes past the screen");
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Convocations go to the members the application knows: right after a start, the first reading of
     * Keycloak's directory may still be under way. Waits (at most a minute) until the body's page lists the
     * person, as a secretary would see them before convening.
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

    /** The number the bell shows: "3 non lues", "1 non lue", "aucune non lue". */
    private int unreadNotifications() {
        String bell = text("bell").replaceAll("[^0-9]", "");
        return bell.isEmpty() ? 0 : Integer.parseInt(bell);
    }

    /** The e-mail to this address whose subject starts so, as soon as the SMTP server has it. */
    private static MimeMessage awaitMail(String address, String subjectStart) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (recipients(message).contains(address) && subject(message).startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No e-mail \"" + subjectStart + "…\" to " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private void addAgendaItem(String itemTitle, String presenter, String minutes) {
        int before = browser.findElements(By.cssSelector("#items\\:agenda tbody tr")).size();
        type("new-item:item-title", itemTitle);
        type("new-item:item-presenter", presenter);
        type("new-item:item-duration", minutes);
        browser.findElement(By.id("new-item:add")).click();
        Browser.waitFor(browser).until(driver -> driver.findElements(By.cssSelector("#items\\:agenda tbody tr")).size()
                == before + 1);
    }

    /**
     * Schedules a meeting from the body's scheduling page (as its secretary, signed in) and sends the convocation.
     *
     * @return the meeting's address, where the browser stays
     */
    private String scheduleAndConvene(String body, String title, LocalDate day, String start, String end, String place) {
        String meetingUrl = schedule(body, title, day, start, end, place);
        clickAndConfirm("secretary:convene");
        info();
        return meetingUrl;
    }

    /**
     * Schedules a meeting from the body's scheduling page (as its secretary, signed in).
     *
     * @return the meeting's address, where the browser stays
     */
    private String schedule(String body, String title, LocalDate day, String start, String end, String place) {
        browser.get(product.baseUrl() + "instances/reunion-edition.xhtml?instance=" + body);
        type("meeting:title", title);
        setNative("meeting:date", day.toString());
        setNative("meeting:start", start);
        setNative("meeting:end", end);
        type("meeting:place", place);
        browser.findElement(By.id("meeting:save")).click();
        info();
        return browser.getCurrentUrl();
    }

    /** Answers the convocation on the meeting's page, giving one's proxy to the member of that name. */
    private void answer(String choice, String proxyName) {
        browser.findElement(By.cssSelector("input[name='answer:choice'][value='" + choice + "']")).click();
        new Select(browser.findElement(By.id("answer:proxy"))).selectByVisibleText(proxyName);
        browser.findElement(By.id("answer:save-answer")).click();
    }

    private List<String> agenda() {
        return browser.findElements(By.cssSelector("#agenda > li")).stream().map(WebElement::getText).map(String::trim)
                .collect(Collectors.toList());
    }

    /** Fetches an address with the browser's session, as the download link does. */
    private String download(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                        + " + r.headers.get('Content-Type') + '\\n' + t)));", url);
    }

    private static String recipients(Message message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

}
