package fr.prma.interactifs.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.prma.interactifs.testing.KeycloakTokens;
import fr.prma.interactifs.testing.RunningProduct;
import fr.prma.interactifs.testing.SampleFiles;

/**
 * The REST API through the whole product (the launcher, the real Keycloak): the import service account gets a
 * token with its client's demo secret, deposits a document, reads it back once its text is read, finds it and
 * downloads it; calls without a token or with a forged one get a 401, bad input a 400 with a French sentence.
 */
class DocumentsApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningProduct product;

    @BeforeAll
    static void startProduct() throws Exception {
        product = RunningProduct.startFresh("documents-api-it");
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.stop();
        }
    }

    /** An access token of the import service account, from Keycloak (client credentials). */
    private static String importerToken() throws IOException, InterruptedException {
        return KeycloakTokens.of(product).importAccount();
    }

    /** A JSON request with another method than GET and POST (PUT, DELETE). */
    private static HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(product.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String extracted(String id, String token) throws IOException, InterruptedException {
        String details = get("api/documents/" + id, token).body();
        long deadline = System.currentTimeMillis() + 90_000;
        while (field(details, "extractionStatus").equals("PENDING") && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            details = get("api/documents/" + id, token).body();
        }
        return details;
    }

    private static String searchTotal(String words, String token) throws IOException, InterruptedException {
        return field(get("api/documents/recherche?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), token)
                .body(), "total");
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(product.baseUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST of text fields and one file. */
    private static HttpResponse<String> post(String path, String token, Map<String, String> fields, String fileName,
            byte[] file) throws IOException, InterruptedException {
        String boundary = "----interactifs" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(product.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a string or number field of a JSON object (the first one of that name). */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|true|false)")
                .matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(2) != null ? value.group(2) : value.group(1);
    }

    @Test
    void callsWithoutAValidTokenAreRefusedWithoutARedirect() throws Exception {
        HttpResponse<String> none = get("api/documents", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        HttpResponse<String> forged = get("api/documents", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertEquals(401, forged.statusCode());
        assertTrue(forged.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    }

    @Test
    void theImportAccountDepositsReadsFindsAndDownloadsADocument() throws Exception {
        String token = importerToken();
        String marker = "archive" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] pdf = SampleFiles.pdf("Bilan de la saison", "Camille Durand",
                "Bilan de la saison des concerts " + marker, "Les salles ont mutualisé leurs techniciens.");

        HttpResponse<String> deposited = post("api/documents", token, Map.of("rubrique", "STRATEGIC_WATCH",
                "motsCles", "bilan, saison", "instances", "WORKING_GROUP"), "bilan.pdf", pdf);
        assertEquals(201, deposited.statusCode(), deposited.body());
        String id = field(deposited.body(), "documentId");
        assertTrue(deposited.headers().firstValue("Location").orElse("").endsWith("/api/documents/" + id));

        String details = extracted(id, token);
        assertEquals("DONE", field(details, "extractionStatus"), details);
        assertTrue(Pattern.compile("\"title\"\\s*:\\s*\"Bilan\"").matcher(details).find(),
                "the title made from the file's name is kept: " + details);
        assertTrue(Pattern.compile("\"title\"\\s*:\\s*\"Bilan de la saison\"").matcher(details).find(),
                "the file's own title, as the version's property: " + details);
        assertEquals("application/pdf", field(details, "mediaType"));

        String found = get("api/documents/recherche?q=" + URLEncoder.encode(marker + " mutualisation",
                StandardCharsets.UTF_8), token).body();
        assertEquals("1", field(found, "total"), found);
        assertEquals(id, field(found, "documentId"));
        assertTrue(found.contains("<mark>"), found);

        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(product.baseUrl() + "api/documents/"
                + id + "/contenu")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"bilan.pdf\""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(pdf, file.body());

        assertEquals(404, get("api/documents/999999999", token).statusCode());
    }

    /**
     * A person's token (through Keycloak's login form) carries that person's rights, no more: a member of the
     * working group deposits for it, a colleague outside it neither finds nor reads the document, nor may change
     * it; the depositor describes it, opens it to the whole cluster, deposits and restores versions, and puts it
     * in the bin.
     */
    @Test
    void aPersonsTokenCarriesThatPersonsRightsOnly() throws Exception {
        KeycloakTokens tokens = KeycloakTokens.of(product);
        String julien = tokens.person("julien.moreau", "demo");
        String ines = tokens.person("ines.garnier", "demo");
        String marker = "convention" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        HttpResponse<String> deposited = post("api/documents", julien, Map.of("rubrique", "ECONOMIC_MODELS",
                "instances", "WORKING_GROUP"), "convention.txt",
                SampleFiles.text("Projet de convention de mutualisation " + marker));
        assertEquals(201, deposited.statusCode(), deposited.body());
        String id = field(deposited.body(), "documentId");
        String details = extracted(id, julien);
        assertEquals("DONE", field(details, "extractionStatus"), details);
        assertEquals("1", searchTotal(marker, julien));

        assertEquals("0", searchTotal(marker, ines), "outside the working group, the search does not count it");
        assertEquals(404, get("api/documents/" + id, ines).statusCode(), "nor does its id show it");
        assertEquals(404, send("PUT", "api/documents/" + id + "/visibilite", ines,
                "{\"instances\": [], \"version\": 0}").statusCode());

        String version = field(details, "version");
        HttpResponse<String> described = send("PUT", "api/documents/" + id + "/description", julien,
                "{\"titre\": \"Convention de mutualisation\", \"description\": \"Version de travail\", "
                        + "\"rubrique\": \"ECONOMIC_MODELS\", \"motsCles\": [\"convention\"], \"version\": "
                        + version + "}");
        assertEquals(204, described.statusCode(), described.body());
        HttpResponse<String> stale = send("PUT", "api/documents/" + id + "/visibilite", julien,
                "{\"instances\": [], \"version\": " + version + "}");
        assertEquals(409, stale.statusCode(), "the version read before the change is refused");
        assertTrue(field(stale.body(), "message").startsWith("Le document a été modifié par quelqu’un d’autre"),
                stale.body());
        String current = field(get("api/documents/" + id, julien).body(), "version");
        assertEquals(204, send("PUT", "api/documents/" + id + "/visibilite", julien,
                "{\"instances\": [], \"version\": " + current + "}").statusCode());

        String opened = get("api/documents/" + id, ines).body();
        assertTrue(opened.contains("\"title\":\"Convention de mutualisation\""), "open to the whole cluster now: " + opened);
        assertEquals("true", field(opened, "visibleToAll"));
        HttpResponse<String> refused = send("PUT", "api/documents/" + id + "/description", ines,
                "{\"titre\": \"Autre titre\", \"rubrique\": \"INFLUENCE\", \"version\": "
                        + field(opened, "version") + "}");
        assertEquals(400, refused.statusCode());
        assertTrue(field(refused.body(), "message").startsWith("Seuls la personne qui a déposé ce document"),
                refused.body());
        assertEquals(400, send("DELETE", "api/documents/" + id, ines, null).statusCode(), "nor put it in the bin");

        assertEquals(201, post("api/documents/" + id + "/versions", julien, Map.of("commentaire", "relue"),
                "convention-v2.txt", SampleFiles.text("Convention relue " + marker)).statusCode());
        HttpResponse<String> restored = send("POST", "api/documents/" + id + "/versions/1/retablissement?commentaire="
                + URLEncoder.encode("retour au texte initial", StandardCharsets.UTF_8), julien, null);
        assertEquals(201, restored.statusCode(), restored.body());
        assertEquals("3", field(restored.body(), "number"));
        String afterRestore = get("api/documents/" + id, julien).body();
        assertEquals("3", field(afterRestore.substring(afterRestore.indexOf("\"current\"")), "number"));

        assertEquals(204, send("DELETE", "api/documents/" + id, julien, null).statusCode());
        assertEquals(404, get("api/documents/" + id, julien).statusCode(), "in the bin, out of the library");
    }

    /**
     * What an import script asks before sending a file: which documents already hold its content. Only those the
     * caller may read are named; tags one per line keep their commas; the file's name may come apart, in UTF-8.
     */
    @Test
    void aContentIsFoundByItsFingerprintByThoseWhoMayReadItOnly() throws Exception {
        KeycloakTokens tokens = KeycloakTokens.of(product);
        String julien = tokens.person("julien.moreau", "demo");
        String ines = tokens.person("ines.garnier", "demo");
        byte[] content = SampleFiles.text("Relevé de décisions du groupe de travail " + UUID.randomUUID());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        HttpResponse<String> unknown = get("api/documents/empreintes/" + sha256, julien);
        assertEquals(404, unknown.statusCode());
        assertEquals("Aucun document de la bibliothèque n’a ce contenu.", field(unknown.body(), "message"));

        HttpResponse<String> deposited = post("api/documents", julien, Map.of("instances", "WORKING_GROUP",
                "motsCles", "Études, diagnostics\n2019\n", "nomFichier", "Relevé de décisions.txt"),
                "Releve de decisions.txt", content);
        assertEquals(201, deposited.statusCode(), deposited.body());
        String id = field(deposited.body(), "documentId");

        HttpResponse<String> found = get("api/documents/empreintes/" + sha256.toUpperCase(Locale.ROOT), julien);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("{\"documents\":[" + id + "],\"empreinte\":\"" + sha256 + "\"}", found.body());
        assertEquals(404, get("api/documents/empreintes/" + sha256, ines).statusCode(),
                "outside the working group, the content is not said to be there");
        assertEquals(200, get("api/documents/empreintes/" + sha256, importerToken()).statusCode());

        HttpResponse<String> malformed = get("api/documents/empreintes/abc123", julien);
        assertEquals(400, malformed.statusCode());
        assertTrue(field(malformed.body(), "message").startsWith("Empreinte mal formée"), malformed.body());

        String details = get("api/documents/" + id, julien).body();
        assertTrue(details.contains("\"tags\":[\"2019\",\"Études, diagnostics\"]"), details);
        assertTrue(details.contains("\"originalName\":\"Relevé de décisions.txt\""), details);
    }

    @Test
    void badInputGetsAFrenchSentence() throws Exception {
        String token = importerToken();

        HttpResponse<String> fake = post("api/documents", token, Map.of(), "faux.pdf",
                SampleFiles.text("Ceci n’est pas un PDF."));
        assertEquals(400, fake.statusCode());
        assertTrue(field(fake.body(), "message").startsWith("Le contenu de « faux.pdf » ne correspond pas"),
                fake.body());

        HttpResponse<String> category = post("api/documents", token, Map.of("rubrique", "AUTRE"), "a.txt",
                SampleFiles.text("texte"));
        assertEquals(400, category.statusCode());
        assertEquals("Rubrique inconnue : « AUTRE ».", field(category.body(), "message"));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> description = get("openapi", null);
        assertEquals(200, description.statusCode(), description.body());
        assertTrue(description.body().contains("/api/documents/recherche"), description.body());
    }
}
