package fr.prma.interactifs.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an administrator does in Keycloak's console, done through its admin REST API with the demo
 * bootstrap administrator (admin / admin) that the launcher creates.
 */
public final class KeycloakAdmin {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public KeycloakAdmin(int keycloakPort) {
        this.base = "http://localhost:" + keycloakPort;
    }

    /** Takes a person out of a group, as an administrator would in the console. */
    public void removeFromGroup(String username, String groupPath) throws IOException, InterruptedException {
        String token = token();
        String user = firstId(get(token, "/admin/realms/interactifs/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)));
        String group = firstId(get(token, "/admin/realms/interactifs/group-by-path" + groupPath));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/admin/realms/interactifs/users/" + user + "/groups/" + group))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused: " + response.statusCode() + " " + response.body());
        }
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return find(ACCESS_TOKEN, response.body());
    }

    private String get(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String firstId(String json) {
        return find(ID, json);
    }

    private static String find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected answer from Keycloak: " + json);
        }
        return matcher.group(1);
    }
}
