package fr.prma.interactifs.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.prma.interactifs.testing.RunningProduct;

/**
 * {@code ./interactifs reindex}: the operator's way to have the search index rebuilt (from the database and the
 * documents) at the next start; refused, with the way to do it, while the application runs.
 */
class LauncherReindexIT {

    @TempDir
    Path dataDir;

    private record Run(int exitCode, String output) {
    }

    private Run reindex(int port) throws IOException, InterruptedException {
        Path basedir = Path.of(System.getProperty("interactifs.basedir", ".")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(basedir.resolve("interactifs").toString(), "reindex")
                .directory(basedir.toFile()).redirectErrorStream(true);
        builder.environment().put("INTERACTIFS_DATA_DIR", dataDir.toString());
        builder.environment().put("INTERACTIFS_PORT", Integer.toString(port));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void theIndexIsRemovedSoThatTheNextStartRebuildsIt() throws Exception {
        Path segments = Files.createDirectories(dataDir.resolve("index").resolve("index-1")).resolve("segments_1");
        Files.writeString(segments, "x");

        Run run = reindex(RunningProduct.freePort());

        assertEquals(0, run.exitCode(), run.output());
        assertFalse(Files.exists(dataDir.resolve("index")));
        assertTrue(run.output().startsWith("L'index de recherche sera reconstruit au prochain démarrage"),
                run.output());
    }

    @Test
    void whileTheApplicationRunsTheAdministratorsPageIsTheWay() throws Exception {
        Files.createDirectories(dataDir.resolve("index"));
        try (ServerSocket running = new ServerSocket(0)) {
            Run run = reindex(running.getLocalPort());

            assertNotEquals(0, run.exitCode());
            assertTrue(run.output().contains("l'application tourne sur le port " + running.getLocalPort()
                    + " : reconstruisez l'index depuis « Documents › Corbeille et index »"), run.output());
            assertTrue(Files.exists(dataDir.resolve("index")), "nothing removed");
        }
    }
}
