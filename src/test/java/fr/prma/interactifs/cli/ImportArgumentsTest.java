package fr.prma.interactifs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportArgumentsTest {

    @TempDir
    Path folder;

    private ImportArguments parse(Map<String, String> environment, String... args) throws Exception {
        return ImportArguments.parse(List.of(args), environment);
    }

    private String refusal(String... args) {
        return assertThrows(ImportArguments.Unusable.class, () -> parse(Map.of(), args)).getMessage();
    }

    @Test
    void defaultsFollowTheLaunchersPortsAndTheDemoSecret() throws Exception {
        ImportArguments arguments = parse(Map.of("INTERACTIFS_PORT", "9090", "INTERACTIFS_KEYCLOAK_PORT", "9180"),
                folder.toString());
        assertEquals(folder.toAbsolutePath(), arguments.folder());
        assertEquals("CLUSTER_LIFE", arguments.category());
        assertEquals(List.of(), arguments.bodies(), "the whole cluster reads them");
        assertEquals(2, arguments.concurrent());
        assertEquals(0, arguments.limit());
        assertEquals(URI.create("http://localhost:9090/"), arguments.application());
        assertEquals(URI.create("http://localhost:9180/"), arguments.keycloak());
        assertEquals("interactifs-import-demo-secret", arguments.secret());
        assertTrue(arguments.demoSecret());
    }

    @Test
    void optionsOverrideTheDefaultsAndTheSecretComesFromTheEnvironment() throws Exception {
        ImportArguments arguments = parse(Map.of("INTERACTIFS_IMPORT_SECRET", "s3cret"), "--rubrique", "research",
                "--instances", "WORKING_GROUP, steering_committee,WORKING_GROUP", "--simultanes", "4", "--limite", "10",
                "--application", "https://intranet.example.org/app", folder.toString(), "--keycloak",
                "https://sso.example.org");
        assertEquals("RESEARCH", arguments.category());
        assertEquals(List.of("WORKING_GROUP", "STEERING_COMMITTEE"), arguments.bodies());
        assertEquals(4, arguments.concurrent());
        assertEquals(10, arguments.limit());
        assertEquals(URI.create("https://intranet.example.org/app/"), arguments.application());
        assertEquals(URI.create("https://sso.example.org/"), arguments.keycloak());
        assertEquals("s3cret", arguments.secret());
        assertFalse(arguments.demoSecret());
        assertEquals("autre", parse(Map.of("INTERACTIFS_IMPORT_SECRET", "s3cret"), folder.toString(), "--secret",
                "autre").secret(), "the option wins");
    }

    @Test
    void aCommandLineThatCannotRunSaysWhatToChange() {
        assertTrue(refusal().startsWith("Indiquez le dossier à importer."));
        assertEquals("« " + folder.resolve("absent") + " » n'est pas un dossier lisible.",
                refusal(folder.resolve("absent").toString()));
        assertTrue(refusal(folder.toString(), "--rubrique", "DIVERS").startsWith("Rubrique inconnue : « DIVERS ». "
                + "Possibles : CLUSTER_LIFE, ECONOMIC_MODELS, INFLUENCE, RESEARCH, STRATEGIC_WATCH."));
        assertTrue(refusal(folder.toString(), "--instances", "BUREAU").startsWith("Instance inconnue : « BUREAU »"));
        assertEquals("L'option --simultanes attend un nombre entier de 1 à 4 (reçu « 0 »).",
                refusal(folder.toString(), "--simultanes", "0"));
        assertEquals("L'option --limite attend un nombre entier de 1 ou plus (reçu « beaucoup »).",
                refusal(folder.toString(), "--limite", "beaucoup"));
        assertEquals("L'option --application attend une adresse http:// ou https:// (reçu « localhost:8080 »).",
                refusal(folder.toString(), "--application", "localhost:8080"));
        assertEquals("L'option --secret attend une valeur.", refusal(folder.toString(), "--secret"));
        assertEquals("Option inconnue : --vite. Voir ./interactifs import --aide.", refusal(folder.toString(),
                "--vite", "oui"));
        assertTrue(refusal(folder.toString(), "autre").startsWith("Un seul dossier à la fois"));
        assertEquals(ImportArguments.USAGE, refusal("--aide"));
    }
}
