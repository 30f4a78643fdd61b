package fr.prma.interactifs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.util.JSONObjectUtils;

import fr.prma.interactifs.documents.storage.ContentHash;
import fr.prma.interactifs.testing.KeycloakTokens;
import fr.prma.interactifs.testing.RunningProduct;
import fr.prma.interactifs.testing.SampleFiles;

/**
 * {@code ./interactifs import} against the whole product (the launcher, the real Keycloak, the import service
 * account): a folder of minutes and studies with French and odd names, a copy, a program and system litter is
 * imported in runs that each take up where the last stopped, and an import killed midway and run again deposits
 * every file exactly once.
 */
class ImportCommandIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningProduct product;

    @BeforeAll
    static void startProduct() throws Exception {
        product = RunningProduct.startFresh("import-command-it");
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.stop();
        }
    }

    /** A run of the command in this JVM, as the launcher runs it, with what it printed. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--application", product.baseUrl(), "--keycloak",
                "http://localhost:" + product.keycloakPort() + "/"));
        int status = new ImportCommand(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(all);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> getJson(String path) throws Exception {
        HttpResponse<String> answer = get(path);
        assertEquals(200, answer.statusCode(), path + " : " + answer.body());
        return JSONObjectUtils.parse(answer.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(product.baseUrl() + path))
                .header("Authorization", "Bearer " + KeycloakTokens.of(product).importAccount()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many documents the library holds (the import account reads them all). */
    private static long documents() throws Exception {
        return ((Number) getJson("api/documents?taille=1").get("total")).longValue();
    }

    /** The one document that holds this file's content. */
    private static Map<String, Object> documentOf(Path file) throws Exception {
        List<?> ids = (List<?>) getJson("api/documents/empreintes/" + ContentHash.of(file)).get("documents");
        assertEquals(1, ids.size(), "one document for " + file);
        return getJson("api/documents/" + ids.get(0));
    }

    private static Path write(Path folder, String path, byte[] content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @Test
    void aFolderIsImportedInRunsThatEachTakeUpWhereTheLastStopped(@TempDir Path temporary) throws Exception {
        Path folder = temporary.resolve("Archives du Camji");
        Path minutes = write(folder, "Comptes rendus/2019/Réunion départementale.docx",
                SampleFiles.docx("Compte rendu de la réunion départementale du 12 mars 2019",
                        "Tournée des musiques actuelles en Gâtine"));
        Path study = write(folder, "Études, diagnostics/Étude mutualisation.pdf", SampleFiles.pdf(
                "Étude de mutualisation", "Université de Poitiers", "Mutualisation des emplois du pôle"));
        byte[] note = SampleFiles.text("Note pour l’assemblée générale : budget prévisionnel 2020.");
        write(folder, "note AG.txt", note);
        write(folder, "note AG - copie.txt", note);
        write(folder, "outil.exe", SampleFiles.executable());
        Path programme = write(folder, "été 2021 🎸 programme.html", SampleFiles.html("Programme de l’été",
                "Concerts en plein air à Parthenay"));
        write(folder, ".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        write(folder, "Comptes rendus/Thumbs.db", new byte[] {1, 2, 3});

        long before = documents();
        // One file at a time: which two files the limit lets through is then known.
        Run first = run(folder.toString(), "--limite", "2", "--simultanes", "1", "--rubrique", "RESEARCH",
                "--instances", "DEPARTMENTAL_MEETING");
        assertEquals(1, first.status(), "files are left: " + first);
        assertTrue(first.out().contains("6 fichier(s)"), "system litter is not counted: " + first.out());
        assertTrue(first.out().contains("     2 importé(s)"), first.out());
        assertTrue(first.out().contains("     1 déjà dans la bibliothèque"), "the copy of a file just sent: " + first);
        assertTrue(first.out().contains("     3 laissé(s) pour la prochaine fois"), first.out());
        assertEquals(2, documents() - before);

        Run second = run(folder.toString(), "--rubrique", "RESEARCH", "--instances", "DEPARTMENTAL_MEETING");
        assertEquals(1, second.status(), "a file is refused: " + second);
        assertTrue(second.out().contains("     2 importé(s)"), second.out());
        assertTrue(second.out().contains("     3 déjà dans la bibliothèque"), second.out());
        assertTrue(second.out().contains("     1 refusé(s)"), second.out());
        assertTrue(second.out().contains("Refusés :\n  outil.exe : « outil.exe » n’a pas été déposé")
                || second.out().contains("Refusés :\n  outil.exe : Le contenu de « outil.exe »"), second.out());
        assertTrue(second.out().contains("[########################] 6/6 fichiers"), second.out());
        assertEquals(4, documents() - before);

        Run third = run(folder.toString(), "--rubrique", "RESEARCH", "--instances", "DEPARTMENTAL_MEETING");
        assertTrue(third.out().contains("     0 importé(s)"), third.out());
        assertTrue(third.out().contains("     5 déjà dans la bibliothèque"), third.out());
        assertEquals(4, documents() - before, "nothing is deposited twice");

        Map<String, Object> imported = documentOf(study);
        assertEquals(List.of("Études, diagnostics"), imported.get("tags"), "its folder, comma included");
        assertEquals("RESEARCH", imported.get("category"));
        assertEquals(List.of("DEPARTMENTAL_MEETING"), imported.get("bodies"));
        assertEquals("Importé du dossier « Archives du Camji » : Études, diagnostics/Étude mutualisation.pdf",
                imported.get("description"));
        assertEquals("Étude mutualisation.pdf", ((Map<?, ?>) imported.get("current")).get("originalName"));
        assertEquals(Set.of("Comptes rendus", "2019"), Set.copyOf((List<?>) documentOf(minutes).get("tags")));
        assertEquals("été 2021 🎸 programme.html", ((Map<?, ?>) documentOf(programme).get("current"))
                .get("originalName"), "an odd name arrives whole");
    }

    @Test
    void anImportKilledMidwayAndRunAgainDepositsEveryFileExactlyOnce(@TempDir Path temporary) throws Exception {
        Path folder = temporary.resolve("Courriers");
        int files = 120;
        for (int i = 1; i <= files; i++) {
            write(folder, String.format("%03d/courrier %d.txt", i / 10, i),
                    SampleFiles.text("Courrier n° " + i + " adressé aux structures adhérentes du pôle."));
        }
        long before = documents();
        Path basedir = Path.of(System.getProperty("interactifs.basedir", ".")).toAbsolutePath();
        List<String> command = List.of(basedir.resolve("interactifs").toString(), "import", folder.toString(),
                "--simultanes", "1", "--application", product.baseUrl(), "--keycloak",
                "http://localhost:" + product.keycloakPort() + "/");

        Process killed = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temporary.resolve("first.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (documents() - before < 5 && killed.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        killed.destroy();
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        long afterKill = documents() - before;
        String stopped = Files.readString(temporary.resolve("first.log"));
        assertTrue(afterKill >= 5 && afterKill < files, "stopped midway: " + afterKill + " deposited\n" + stopped);
        assertTrue(stopped.contains("Import interrompu. Relancez la même commande pour le reprendre"), stopped);

        Process again = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temporary.resolve("second.log").toFile()).start();
        assertTrue(again.waitFor(5, TimeUnit.MINUTES));
        String printed = Files.readString(temporary.resolve("second.log"));
        assertEquals(0, again.exitValue(), printed);
        assertEquals(files, documents() - before, "every file once, none twice: " + printed);
        assertTrue(printed.contains(String.format("%6d importé(s)", files - afterKill))
                || printed.contains(String.format("%6d importé(s)", files - afterKill - 1)), "the one in flight when "
                + "killed may have been recorded or not: " + printed);
        assertTrue(printed.contains("120/120 fichiers"), printed);
    }

    @Test
    void whatStopsAnImportIsSaidInFrench(@TempDir Path temporary) throws Exception {
        Path folder = Files.createDirectories(temporary.resolve("Vide"));

        Run wrongSecret = run(folder.toString(), "--secret", "pas-le-bon");
        assertEquals(2, wrongSecret.status());
        assertTrue(wrongSecret.err().contains("Keycloak refuse le compte d'import « interactifs-import »"),
                wrongSecret.err());

        Run noFolder = run(temporary.resolve("absent").toString());
        assertEquals(2, noFolder.status());
        assertTrue(noFolder.err().contains("n'est pas un dossier lisible"), noFolder.err());

        Run badOption = run(folder.toString(), "--simultanes", "12");
        assertEquals(2, badOption.status());
        assertTrue(badOption.err().contains("L'option --simultanes attend un nombre entier de 1 à 4 (reçu « 12 »)"),
                badOption.err());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int stopped = new ImportCommand(Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(List.of(folder.toString(),
                        "--application", "http://localhost:" + RunningProduct.freePort() + "/", "--keycloak",
                        "http://localhost:" + product.keycloakPort() + "/"));
        assertEquals(2, stopped);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("L'application ne répond pas"), err.toString());
    }
}
