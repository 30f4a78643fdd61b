package fr.prma.interactifs.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.testing.RunningProduct;

/**
 * One person signed in to the product as a browser signs in: the application sends them to Keycloak's login
 * page, its form is posted with the person's password, and Keycloak sends them back with the code that opens
 * their session. Then pages are fetched in that session, as that person. Not thread-safe: one per virtual user.
 */
final class WebSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RunningProduct product;
    private final HttpClient http;

    private WebSession(RunningProduct product) {
        this.product = product;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.ALWAYS).cookieHandler(new Cookies())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs the person in through Keycloak's login page; fails when the home page does not greet them. */
    static WebSession signIn(RunningProduct product, String username, String password)
            throws IOException, InterruptedException {
        WebSession session = new WebSession(product);
        HttpResponse<String> login = session.get(product.baseUrl());
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("Pas de formulaire de connexion Keycloak à " + login.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        HttpResponse<String> home = session.http.send(HttpRequest.newBuilder(URI.create(action)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", ""))))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (home.statusCode() != 200 || !home.body().contains("id=\"greeting\"")) {
            throw new IllegalStateException("Connexion de " + username + " : réponse " + home.statusCode() + " à "
                    + home.uri());
        }
        return session;
    }

    /** Fetches a page of the product (an address relative to its root, or absolute). */
    HttpResponse<String> get(String address) throws IOException, InterruptedException {
        URI uri = address.startsWith("http") ? URI.create(address) : URI.create(product.baseUrl() + address);
        return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Whether an answer is the page asked for in the session, not a detour by Keycloak's login page. */
    boolean inSession(HttpResponse<String> answer) {
        return answer.statusCode() == 200 && answer.uri().getPort() == product.appPort();
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /**
     * The cookies of the session, by host and port, sent back whatever their {@code Secure} flag: Keycloak and
     * Chromium treat {@code http://localhost} as a secure context, the JDK's cookie manager does not.
     */
    private static final class Cookies extends CookieHandler {

        private final Map<String, Map<String, String>> byOrigin = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byOrigin.getOrDefault(origin(uri), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            return Map.of("Cookie", List.of(String.join("; ", pairs)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
                if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String line : header.getValue()) {
                    String pair = line.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        continue;
                    }
                    String name = pair.substring(0, equals).trim();
                    String value = pair.substring(equals + 1).trim();
                    String lower = line.toLowerCase();
                    Map<String, String> cookies = byOrigin.computeIfAbsent(origin(uri),
                            key -> new LinkedHashMap<>());
                    if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
        }

        private static String origin(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }
    }
}
