package fr.prma.interactifs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.testing.KeycloakTokens;
import fr.prma.interactifs.testing.RunningProduct;

/**
 * The library's search through the REST API, as one person: {@code GET /api/documents/recherche} with their
 * bearer token from the real Keycloak, renewed in the background before it expires (access tokens live five
 * minutes), so that no measured request waits for a sign-in.
 */
final class ApiSearch implements AutoCloseable {

    /** The demo people's password (demo realm only). */
    private static final String DEMO_PASSWORD = "demo";
    private static final Duration TOKEN_RENEWAL = Duration.ofMinutes(3);
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern BODY_FACET = Pattern.compile("\"BODY\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern FACET_VALUE = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private final String searchUrl;
    private final String username;
    private final KeycloakTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "token renewal");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String token;
    private volatile Exception renewalFailure;

    /** A page of results as the benchmark reads it: the total and the body facet's counts by body id. */
    record Answer(long total, Map<Long, Long> bodyCounts) {
    }

    ApiSearch(RunningProduct product, String username, int pageSize) throws IOException, InterruptedException {
        this.searchUrl = product.baseUrl() + "api/documents/recherche?taille=" + pageSize + "&q=";
        this.username = username;
        this.tokens = KeycloakTokens.of(product);
        this.token = tokens.person(username, DEMO_PASSWORD);
        renewal.scheduleWithFixedDelay(this::renew, TOKEN_RENEWAL.toSeconds(), TOKEN_RENEWAL.toSeconds(),
                TimeUnit.SECONDS);
    }

    private void renew() {
        try {
            token = tokens.person(username, DEMO_PASSWORD);
        } catch (IOException | RuntimeException e) {
            renewalFailure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Searches, and fails unless the answer is a 200 with a total. */
    Answer search(String words) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(searchUrl
                + URLEncoder.encode(words, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            Exception renewing = renewalFailure;
            throw new IOException("HTTP " + response.statusCode() + " pour « " + words + " »"
                    + (renewing == null ? "" : " (renouvellement du jeton : " + renewing + ")"));
        }
        Matcher total = TOTAL.matcher(response.body());
        String last = null;
        while (total.find()) {
            last = total.group(1);
        }
        if (last == null) {
            throw new IOException("Réponse sans total pour « " + words + " » : " + response.body());
        }
        return new Answer(Long.parseLong(last), bodyCounts(response.body()));
    }

    private static Map<Long, Long> bodyCounts(String json) {
        Map<Long, Long> counts = new HashMap<>();
        Matcher facet = BODY_FACET.matcher(json);
        if (facet.find()) {
            Matcher entry = FACET_VALUE.matcher(facet.group(1));
            while (entry.find()) {
                Matcher value = VALUE.matcher(entry.group());
                Matcher count = COUNT.matcher(entry.group());
                if (value.find() && count.find()) {
                    counts.put(Long.parseLong(value.group(1)), Long.parseLong(count.group(1)));
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        renewal.shutdownNow();
    }
}
