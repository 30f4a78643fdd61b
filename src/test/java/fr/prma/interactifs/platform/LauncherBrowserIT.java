package fr.prma.interactifs.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import fr.prma.interactifs.testing.Browser;
import fr.prma.interactifs.testing.RunningProduct;

/** What an operator relies on from {@code ./interactifs}: clear refusals, a clean stop, data kept across starts. */
class LauncherBrowserIT {

    private static final Path BASEDIR = Path.of(System.getProperty("interactifs.basedir", ".")).toAbsolutePath();

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome runServe(Map<String, String> environment) throws IOException, InterruptedException {
        Path output = Files.createTempFile("interactifs-launcher", ".log");
        ProcessBuilder builder = new ProcessBuilder(BASEDIR.resolve("interactifs").toString(), "serve")
                .directory(BASEDIR.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("The launcher did not give up within 60 s:\n" + Files.readString(output));
        }
        return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void busyPortIsRefusedInOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Outcome outcome = runServe(Map.of(
                    "INTERACTIFS_PORT", Integer.toString(taken.getLocalPort()),
                    "INTERACTIFS_KEYCLOAK_PORT", Integer.toString(freePort()),
                    "INTERACTIFS_DATA_DIR", Files.createTempDirectory("interactifs-data").toString()));

            assertEquals(1, outcome.exitCode(), outcome.output());
            assertEquals("interactifs : le port " + taken.getLocalPort() + " (application) est déjà utilisé. "
                    + "Arrêtez ce qui l'occupe, ou choisissez un autre port avec INTERACTIFS_PORT.", outcome.output().trim());
        }
    }

    @Test
    void unreachableDatabaseIsRefusedBeforeAnythingStarts() throws Exception {
        int keycloakPort = freePort();
        int nobodyListens = freePort();
        Outcome outcome = runServe(Map.of(
                "INTERACTIFS_PORT", Integer.toString(freePort()),
                "INTERACTIFS_KEYCLOAK_PORT", Integer.toString(keycloakPort),
                "INTERACTIFS_DATA_DIR", Files.createTempDirectory("interactifs-data").toString(),
                "INTERACTIFS_DB_URL", "jdbc:postgresql://127.0.0.1:" + nobodyListens + "/interactifs"));

        assertEquals(1, outcome.exitCode(), outcome.output());
        assertEquals("interactifs : PostgreSQL ne répond pas sur 127.0.0.1:" + nobodyListens
                + " (INTERACTIFS_DB_URL). Démarrez-le ou corrigez l'adresse.", outcome.output().trim());
        assertFalse(RunningProduct.listening(keycloakPort));
    }

    @Test
    void secondStartFindsTheSameData() throws Exception {
        try (RunningProduct product = RunningProduct.startFresh("launcher-it")) {
            signInAs(product, "ines.garnier");
            product.stop();
            PersonRow first = personRow(product.dataDir(), "ines.garnier");
            long migrations = count(product.dataDir(), MIGRATIONS_APPLIED);

            product.restart();
            signInAs(product, "ines.garnier");
            product.stop();
            PersonRow second = personRow(product.dataDir(), "ines.garnier");

            assertEquals(first.id(), second.id(), "the same person record, not a new one");
            assertNotEquals(first.lastSignIn(), second.lastSignIn());
            assertEquals(1, count(product.dataDir(), "select count(*) from person where username = 'ines.garnier'"),
                    "recorded once, not twice");
            assertTrue(migrations >= 3, "the first start migrated the database");
            assertEquals(migrations, count(product.dataDir(), MIGRATIONS_APPLIED),
                    "the migrations ran once, not again at the second start");
            assertTrue(Files.readString(product.dataDir().resolve("logs/keycloak.log"))
                    .contains("Realm 'interactifs' already exists. Import skipped"),
                    "Keycloak kept its database, so the realm was not imported again");
        }
    }

    private static final String MIGRATIONS_APPLIED =
            "select count(*) from \"flyway_schema_history\" where \"version\" is not null";

    private static void signInAs(RunningProduct product, String username) throws IOException {
        ChromeDriver browser = Browser.open();
        try {
            browser.get(product.baseUrl());
            Browser.signInOnKeycloak(browser, username, "demo");
            Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        } finally {
            browser.quit();
        }
    }

    private record PersonRow(long id, OffsetDateTime lastSignIn) {
    }

    private static Connection database(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/interactifs"), "interactifs", "interactifs");
    }

    private static PersonRow personRow(Path dataDir, String username) throws SQLException {
        try (Connection connection = database(dataDir);
             PreparedStatement query = connection.prepareStatement(
                     "select id, last_sign_in from person where username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no person " + username);
                return new PersonRow(row.getLong(1), row.getObject(2, OffsetDateTime.class));
            }
        }
    }

    private static long count(Path dataDir, String sql) throws SQLException {
        try (Connection connection = database(dataDir);
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
