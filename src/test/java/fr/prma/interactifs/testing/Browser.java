package fr.prma.interactifs.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded. Each browser
 * has a profile of its own, so no cookie passes from one test to another.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("interactifs.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("interactifs.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver open() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and chromedriver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps",
                "--user-data-dir=" + Files.createTempDirectory("interactifs-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Fills in Keycloak's login form, which must be on screen, and submits it. */
    public static void signInOnKeycloak(WebDriver driver, String username, String password) {
        try {
            waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        } catch (TimeoutException e) {
            throw new AssertionError("No Keycloak login form at " + driver.getCurrentUrl() + ", the page says:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /**
     * Runs axe-core on the page on screen and fails with every serious or critical violation it finds (rule,
     * help and the elements concerned).
     */
    public static void assertNoSeriousAccessibilityViolation(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " -> " + rule.getNodes()
                        .stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.toList());
        if (!serious.isEmpty()) {
            throw new AssertionError(driver.getCurrentUrl() + "\n" + String.join("\n", serious));
        }
    }

    /** What an address answered to a fetch made by the page on screen, with the browser's session. */
    public record Fetched(int status, Map<String, String> headers, String body) {

        /** A header by its name, in any case; null when absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body.substring(0, Math.min(300, body.length()));
        }
    }

    /**
     * Fetches an address from the page on screen, as its links would (same session, redirects followed), and
     * returns the status, the headers (names in lower case) and the body read as text.
     */
    @SuppressWarnings("unchecked")
    public static Fetched fetch(WebDriver driver, String url) {
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => {"
                        + "  const headers = {}; r.headers.forEach((value, name) => headers[name] = value);"
                        + "  done({status: r.status, headers: headers, body: t});"
                        + "})).catch(e => done({status: -1, headers: {}, body: String(e)}));", url);
        Map<String, String> headers = new TreeMap<>();
        ((Map<String, Object>) answer.get("headers")).forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return new Fetched(((Number) answer.get("status")).intValue(), headers, String.valueOf(answer.get("body")));
    }
}
