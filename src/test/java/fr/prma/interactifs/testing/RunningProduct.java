package fr.prma.interactifs.testing;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole product, started the way a person starts it: {@code ./interactifs serve} (real Keycloak from the
 * Maven Central distribution, the application on Payara Micro, H2 in a data directory of its own), on free
 * ports so that it never meets a product already running on this machine.
 */
public final class RunningProduct implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path log;
    private final int appPort;
    private final int keycloakPort;
    private final Map<String, String> environment;
    private Process launcher;
    /** Where this start's lines begin in the launcher log, which every start appends to. */
    private long logStart;

    private RunningProduct(Path dataDir, int appPort, int keycloakPort, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-launcher.log");
        this.appPort = appPort;
        this.keycloakPort = keycloakPort;
    }

    /** Starts the product on a fresh data directory under target/. */
    public static RunningProduct startFresh(String name) throws IOException, InterruptedException {
        return startFresh(name, Map.of());
    }

    /**
     * Starts the product on a fresh data directory under target/, with more settings of the launcher (such as
     * {@code INTERACTIFS_SMTP_HOST}).
     */
    public static RunningProduct startFresh(String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path dataDir = Path.of(System.getProperty("interactifs.basedir", "."), "target", name);
        deleteRecursively(dataDir);
        Files.deleteIfExists(dataDir.resolveSibling(name + "-launcher.log"));
        RunningProduct product = new RunningProduct(dataDir, freePort(), freePort(), environment);
        product.start();
        return product;
    }

    /** Starts the product again on the same data directory and ports. */
    public void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    private void start() throws IOException, InterruptedException {
        Path basedir = Path.of(System.getProperty("interactifs.basedir", ".")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(basedir.resolve("interactifs").toString(), "serve")
                .directory(basedir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("INTERACTIFS_PORT", Integer.toString(appPort));
        builder.environment().put("INTERACTIFS_KEYCLOAK_PORT", Integer.toString(keycloakPort));
        builder.environment().put("INTERACTIFS_DATA_DIR", dataDir.toString());
        builder.environment().remove("INTERACTIFS_DB_URL");
        builder.environment().remove("INTERACTIFS_SMTP_HOST");
        builder.environment().putAll(environment);
        Files.createDirectories(dataDir);
        logStart = Files.exists(log) ? Files.size(log) : 0;
        launcher = builder.start();

        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!launcherSaysReady()) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The launcher stopped before the product was ready:\n" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The product was not ready within " + START_TIMEOUT + ":\n" + logTail());
            }
            Thread.sleep(500);
        }
    }

    private boolean launcherSaysReady() throws IOException {
        if (!Files.exists(log)) {
            return false;
        }
        return thisStart().contains("Les Interactifs est prêt") && answers(baseUrl() + "health/ready");
    }

    /** What the launcher printed since this start began. */
    private String thisStart() throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
    }

    /**
     * How long Keycloak and the application took to answer at the last start, as the launcher said it
     * ("Keycloak prêt en 14,2 s, l'application en 23,8 s (lancés ensemble)."); empty if it did not say.
     */
    public String readiness() throws IOException {
        return thisStart().lines().filter(line -> line.startsWith("Keycloak prêt en ")).findFirst().orElse("");
    }

    /**
     * Stops the launcher as Ctrl-C would, waits for it, and checks that it left nothing behind: both ports
     * free again.
     */
    public void stop() throws InterruptedException {
        if (launcher == null) {
            return;
        }
        launcher.toHandle().destroy();
        if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            throw new IllegalStateException("The launcher did not stop within " + STOP_TIMEOUT);
        }
        launcher = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public String baseUrl() {
        return "http://localhost:" + appPort + "/";
    }

    public int appPort() {
        return appPort;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The processes the launcher runs now: Keycloak, the application server and its extraction workers (and the
     * launcher's own helpers); empty when stopped. The benchmarks read their processor time.
     */
    public List<ProcessHandle> processes() {
        return launcher == null ? List.of() : launcher.descendants().toList();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no launcher log: " + e.getMessage() + ")";
        }
    }

    /** Whether something listens on the port. */
    public static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException other) {
            return false;
        }
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
