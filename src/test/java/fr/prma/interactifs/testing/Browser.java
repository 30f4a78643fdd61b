package fr.prma.interactifs.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
}
