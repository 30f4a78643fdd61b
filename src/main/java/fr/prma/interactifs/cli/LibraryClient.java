package fr.prma.interactifs.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The library's REST API as the import uses it, with the {@code interactifs-import} service account: its token
 * from Keycloak (client credentials), renewed before it expires or when refused; whether a content is already
 * in the library; a multipart deposit streamed from the file. Thread-safe: the import's senders share one.
 */
final class LibraryClient {

    static final String REALM = "interactifs";
    static final String CLIENT = "interactifs-import";
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    /** Renewed this long before Keycloak says the token expires. */
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private final URI application;
    private final URI keycloak;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private long tokenExpiresNanos;

    LibraryClient(URI application, URI keycloak, String secret) {
        this.application = application;
        this.keycloak = keycloak;
        this.secret = secret;
    }

    /** The product answered, but not as the import needs: nothing will go better by trying again. */
    static final class Unusable extends IOException {
        Unusable(String message) {
            super(message);
        }
    }

    /** The application refused this file, with its reason (in French): sending it again changes nothing. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** The application failed to answer for this file (unreachable, busy, an error): it may be sent again. */
    static final class Failed extends IOException {
        Failed(String message) {
            super(message);
        }
    }

    /** What is said of a file when it is deposited. */
    record Description(String fileName, String description, String category, List<String> tags,
            List<String> bodies) {
    }

    /** Checks that Keycloak gives the import account a token and that the application takes it. */
    void check() throws IOException, InterruptedException {
        token(true);
        HttpResponse<String> answer = send(() -> HttpRequest.newBuilder(application.resolve("api/documents?taille=1"))
                .timeout(REQUEST_TIMEOUT).GET());
        if (answer.statusCode() != 200) {
            throw new Unusable("L'application refuse le compte d'import (" + application + ", HTTP "
                    + answer.statusCode() + ") : " + message(answer));
        }
    }

    /** The documents that already hold this content (none when it is not in the library). */
    List<Long> withContent(String sha256) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(() -> HttpRequest.newBuilder(
                application.resolve("api/documents/empreintes/" + sha256)).timeout(REQUEST_TIMEOUT).GET());
        if (answer.statusCode() == 404) {
            return List.of();
        }
        if (answer.statusCode() != 200) {
            throw failure("La recherche du contenu", answer);
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : (List<?>) json(answer).get("documents")) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /**
     * Deposits a file; the new document's id.
     *
     * @throws Refused when the application refuses the file (type, size, empty…)
     * @throws Failed  when it could not take it now
     */
    long deposit(LocalFiles.LocalFile file, Description description) throws IOException, InterruptedException {
        String boundary = "----interactifs-import-" + UUID.randomUUID();
        StringBuilder fields = new StringBuilder();
        field(fields, boundary, "rubrique", description.category());
        field(fields, boundary, "description", description.description());
        // One tag per line, the value ending with a line break: a folder's name may hold a comma.
        field(fields, boundary, "motsCles", String.join("\n", description.tags()) + "\n");
        field(fields, boundary, "instances", String.join(",", description.bodies()));
        field(fields, boundary, "nomFichier", description.fileName());
        fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"")
                .append(asciiName(description.fileName()))
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] head = fields.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(() -> HttpRequest.newBuilder(application.resolve("api/documents"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher(head, file, tail)));
        if (answer.statusCode() == 201) {
            return ((Number) json(answer).get("documentId")).longValue();
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 413) {
            throw new Refused(message(answer));
        }
        throw failure("Le dépôt", answer);
    }

    private static HttpRequest.BodyPublisher publisher(byte[] head, LocalFiles.LocalFile file, byte[] tail) {
        try {
            return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(file.path()), HttpRequest.BodyPublishers.ofByteArray(tail));
        } catch (java.io.FileNotFoundException gone) {
            throw new java.io.UncheckedIOException(gone);
        }
    }

    private static void field(StringBuilder fields, String boundary, String name, String value) {
        fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n");
    }

    /** The file name in the part's header, which servers read in various encodings: the real one goes apart. */
    static String asciiName(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    @FunctionalInterface
    private interface RequestBuilder {
        HttpRequest.Builder build();
    }

    /** Sends with the current token; once more with a fresh one when the token was refused. */
    private HttpResponse<String> send(RequestBuilder request) throws IOException, InterruptedException {
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build().header("Authorization", "Bearer " + token(false)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401) {
                answer = http.send(request.build().header("Authorization", "Bearer " + token(true)).build(),
                        HttpResponse.BodyHandlers.ofString());
            }
        } catch (java.net.ConnectException unreachable) {
            throw new Failed("L'application ne répond pas à " + application + " : est-elle démarrée (./interactifs "
                    + "start) ?");
        } catch (java.net.http.HttpTimeoutException slow) {
            throw new Failed("L'application n'a pas répondu à temps (" + REQUEST_TIMEOUT.toMinutes() + " min).");
        } catch (java.io.UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
        return answer;
    }

    private synchronized String token(boolean renew) throws IOException, InterruptedException {
        if (token != null && !renew && System.nanoTime() < tokenExpiresNanos) {
            return token;
        }
        URI endpoint = keycloak.resolve("realms/" + REALM + "/protocol/openid-connect/token");
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + CLIENT
                            + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException unreachable) {
            throw new Unusable("Keycloak ne répond pas à " + keycloak + " : est-il démarré (./interactifs start) ?");
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 400) {
            throw new Unusable("Keycloak refuse le compte d'import « " + CLIENT + " » : vérifiez son secret (option "
                    + "--secret ou variable " + ImportArguments.SECRET_VARIABLE + ").");
        }
        if (answer.statusCode() != 200) {
            throw new Unusable("Keycloak n'a pas donné de jeton au compte d'import (" + endpoint + ", HTTP "
                    + answer.statusCode() + ").");
        }
        Map<String, Object> tokens = json(answer);
        token = (String) tokens.get("access_token");
        long lifetime = tokens.get("expires_in") instanceof Number seconds ? seconds.longValue() : 60;
        tokenExpiresNanos = System.nanoTime()
                + Math.max(Duration.ofSeconds(lifetime).minus(TOKEN_MARGIN).toNanos(), Duration.ofSeconds(5).toNanos());
        return token;
    }

    private static IOException failure(String what, HttpResponse<String> answer) {
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            return new Unusable(what + " est refusé au compte d'import (HTTP " + answer.statusCode() + ") : il lui faut "
                    + "le rôle importer.");
        }
        return new Failed(what + " a échoué (HTTP " + answer.statusCode() + ") : " + message(answer));
    }

    /** The French message of an API refusal ({@code {"message": "…"}}), or the answer as it came. */
    private static String message(HttpResponse<String> answer) {
        try {
            Object message = JSONObjectUtils.parse(answer.body()).get("message");
            if (message instanceof String text && !text.isBlank()) {
                return text;
            }
        } catch (ParseException notJson) {
            // the answer as it is, below
        }
        String body = answer.body().strip();
        return body.isEmpty() ? "réponse vide" : body.substring(0, Math.min(body.length(), 300));
    }

    private static Map<String, Object> json(HttpResponse<String> answer) throws IOException {
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException unreadable) {
            throw new Failed("Réponse illisible (" + answer.uri() + ") : " + unreadable.getMessage());
        }
    }
}
