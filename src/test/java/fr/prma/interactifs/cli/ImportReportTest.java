package fr.prma.interactifs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.cli.ImportReport.Outcome;

class ImportReportTest {

    @Test
    void everyFileInTheLibraryEndsWithZeroAnythingElseWithOne() {
        ImportReport report = new ImportReport();
        report.add("a.txt", Outcome.IMPORTED, "document n° 1");
        report.add("b.txt", Outcome.ALREADY_THERE, "document(s) n° 1");
        assertEquals(0, report.exitStatus());
        report.add("c.exe", Outcome.REFUSED, "« c.exe » n’a pas été déposé");
        assertEquals(1, report.exitStatus());

        ImportReport left = new ImportReport();
        left.add("d.txt", Outcome.LEFT, "limite atteinte");
        assertEquals(1, left.exitStatus());
        assertTrue(left.text(Duration.ofSeconds(5)).endsWith("Relancez la même commande pour continuer : ce qui est "
                + "déjà dans la bibliothèque sera passé.\n"));
    }

    @Test
    void theReportCountsEachOutcomeAndGivesEveryRefusalItsReason() {
        ImportReport report = new ImportReport();
        report.add("z.exe", Outcome.REFUSED, "type refusé");
        report.add("a.txt", Outcome.IMPORTED, "document n° 1");
        report.add("b/c.pdf", Outcome.FAILED, "L'application ne répond pas");
        assertEquals("""
                Import terminé en 3 min 05 s :
                       1 importé(s)
                       0 déjà dans la bibliothèque (même contenu)
                       1 refusé(s)
                       1 en échec, à retenter
                       0 laissé(s) pour la prochaine fois (--limite)
                Refusés :
                  z.exe : type refusé
                En échec (relancez la commande pour les retenter) :
                  b/c.pdf : L'application ne répond pas
                Relancez la même commande pour continuer : ce qui est déjà dans la bibliothèque sera passé.
                """, report.text(Duration.ofSeconds(185)).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void progressInALogIsALineAtEveryTenthWithTheRateAndTheTimeLeft() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(out, true, StandardCharsets.UTF_8), false, 20,
                20_000_000);
        for (int i = 0; i < 20; i++) {
            progress.done(1_000_000);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(10, lines.length, "a line each tenth, not each file");
        assertTrue(lines[0].startsWith("[##......................] 2/20 fichiers · 2,0/20,0 Mo · "), lines[0]);
        assertTrue(lines[0].contains(" · reste ≈ "), lines[0]);
        assertTrue(lines[9].startsWith("[########################] 20/20 fichiers · 20,0/20,0 Mo · "), lines[9]);
        assertTrue(!lines[9].contains("reste"), "nothing left at the end");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertEquals("45 s", ImportProgress.duration(Duration.ofSeconds(45)));
        assertEquals("3 min 20 s", ImportProgress.duration(Duration.ofSeconds(200)));
        assertEquals("1 h 05 min", ImportProgress.duration(Duration.ofMinutes(65)));
    }
}
