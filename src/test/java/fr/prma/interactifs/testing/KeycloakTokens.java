package fr.prma.interactifs.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from the real Keycloak of a running product, for calls to the REST API: a service account's
 * (client credentials), or a person's, obtained the way a browser gets one: the login form of the
 * application's client, filled with the person's name and password, then the code exchanged for tokens.
 */
public final class KeycloakTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final String realm;
    private final String application;

    /** Tokens of the demo realm served by the Keycloak on that port, for the application on that port. */
    public KeycloakTokens(int keycloakPort, int applicationPort) {
        this.realm = "http://localhost:" + keycloakPort + "/realms/interactifs/protocol/openid-connect";
        this.application = "http://localhost:" + applicationPort;
    }

    public static KeycloakTokens of(RunningProduct product) {
        return new KeycloakTokens(product.keycloakPort(), product.appPort());
    }

    /** The import scripts' service account, with its demo secret. */
    public String importAccount() throws IOException, InterruptedException {
        return serviceAccount("interactifs-import", "interactifs-import-demo-secret");
    }

    /** A client's service account (client credentials grant). */
    public String serviceAccount(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(tokenRequest("grant_type=client_credentials"
                + "&client_id=" + encode(clientId) + "&client_secret=" + encode(secret)),
                HttpResponse.BodyHandlers.ofString());
        return accessToken(answer);
    }

    /**
     * A person's access token through the application's client ({@code interactifs-web}): Keycloak's login page,
     * the person's name and password, the authorisation code from the redirect to the application's callback
     * (not followed), exchanged with the client's demo secret.
     */
    public String person(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String callback = application + "/callback";
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(realm
                + "/auth?response_type=code&scope=openid&client_id=interactifs-web&redirect_uri=" + encode(callback)
                + "&state=" + UUID.randomUUID())).GET().build(), HttpResponse.BodyHandlers.ofString());
        String action = find(FORM_ACTION, loginPage.body(), "Keycloak's login form").replace("&amp;", "&");

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Cookie", cookies(loginPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&credentialId="))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Keycloak did not sign " + username + " in (" + signedIn.statusCode() + ")"));
        String code = URLDecoder.decode(find(CODE, location, "the authorisation code"), StandardCharsets.UTF_8);

        HttpResponse<String> tokens = browser.send(tokenRequest("grant_type=authorization_code&code=" + encode(code)
                + "&redirect_uri=" + encode(callback) + "&client_id=interactifs-web"
                + "&client_secret=interactifs-demo-secret"), HttpResponse.BodyHandlers.ofString());
        return accessToken(tokens);
    }

    /**
     * The cookies a response sets, as a request's Cookie header. Keycloak marks its session cookies Secure, which
     * browsers honour on http://localhost but Java's CookieManager does not: they are carried here by hand.
     */
    private static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
    }

    private HttpRequest tokenRequest(String form) {
        return HttpRequest.newBuilder(URI.create(realm + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String accessToken(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak gave no token: " + answer.statusCode() + " " + answer.body());
        }
        return find(ACCESS_TOKEN, answer.body(), "an access token");
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in Keycloak's answer: "
                    + text.substring(0, Math.min(text.length(), 500)));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
