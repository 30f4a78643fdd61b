package fr.prma.interactifs.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.testing.KeycloakTokens;
import fr.prma.interactifs.testing.RunningProduct;

/**
 * The REST calls of the ingestion benchmark, as an import script makes them: the import service account's bearer
 * token from Keycloak, renewed before it expires (tokens live five minutes) or when refused, a multipart deposit
 * per file, searches and a document's details. Thread-safe: the uploaders share one.
 */
final class IngestionApi {

    /** Renewed well before Keycloak's five minutes. */
    private static final Duration TOKEN_AGE = Duration.ofMinutes(4);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    private final RunningProduct product;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private long tokenNanos;

    IngestionApi(RunningProduct product) {
        this.product = product;
    }

    /** A deposit the product refused, with its answer. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Deposits the file with what its depositor says of it; returns the new document's id.
     *
     * @throws Refused when the product does not answer 201 Created, or says the content is already in the library
     */
    String deposit(Corpus.File file) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rubrique", file.category());
        if (!file.tags().isEmpty()) {
            fields.put("motsCles", String.join(",", file.tags()));
        }
        if (!file.bodies().isEmpty()) {
            fields.put("instances", String.join(",", file.bodies()));
        }
        if (file.titleGiven()) {
            fields.put("titre", file.title());
        }
        String boundary = "----banc-ingestion-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) file.size() + 1024);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file.path()));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();

        HttpResponse<String> answer = send(() -> HttpRequest.newBuilder(uri("api/documents"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        if (answer.statusCode() != 201) {
            throw new Refused("Dépôt de " + file.fileName() + " refusé : " + answer.statusCode() + " " + answer.body());
        }
        if (!answer.body().matches("(?s).*\"sameContent\"\\s*:\\s*\\[\\s*].*")) {
            throw new Refused("Dépôt de " + file.fileName() + " signalé comme doublon, le corpus doit être fait de "
                    + "fichiers distincts : " + answer.body());
        }
        return field(answer.body(), "documentId");
    }

    /** The number of documents a search finds. */
    int searchTotal(String words) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(() -> HttpRequest.newBuilder(uri("api/documents/recherche?taille=1&q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8))).timeout(REQUEST_TIMEOUT).GET());
        if (answer.statusCode() != 200) {
            throw new IOException("Recherche refusée : " + answer.statusCode() + " " + answer.body());
        }
        return Integer.parseInt(field(answer.body(), "total"));
    }

    /** The extraction status of a document (PENDING, DONE, EMPTY, ENCRYPTED, FAILED). */
    String extractionStatus(String documentId) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(() -> HttpRequest.newBuilder(uri("api/documents/" + documentId))
                .timeout(REQUEST_TIMEOUT).GET());
        if (answer.statusCode() != 200) {
            return "HTTP " + answer.statusCode();
        }
        return field(answer.body(), "extractionStatus");
    }

    /** Gets a token now, so that the first measured call does not wait for Keycloak. */
    void signIn() throws IOException, InterruptedException {
        token(false);
    }

    @FunctionalInterface
    private interface RequestBuilder {
        HttpRequest.Builder build();
    }

    /** Sends with the current token; once more with a fresh one if the token was refused. */
    private HttpResponse<String> send(RequestBuilder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.build().header("Authorization", "Bearer " + token(false))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 401) {
            answer = http.send(request.build().header("Authorization", "Bearer " + token(true)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return answer;
    }

    private synchronized String token(boolean refused) throws IOException, InterruptedException {
        if (token == null || refused || System.nanoTime() - tokenNanos > TOKEN_AGE.toNanos()) {
            token = KeycloakTokens.of(product).importAccount();
            tokenNanos = System.nanoTime();
        }
        return token;
    }

    private URI uri(String path) {
        return URI.create(product.baseUrl() + path);
    }

    /** The value of a string or number field of a JSON object (the first of that name). */
    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name)
                + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|true|false|null)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(2) != null ? value.group(2) : value.group(1);
    }
}
