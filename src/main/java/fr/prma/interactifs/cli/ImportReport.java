package fr.prma.interactifs.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What became of each file of an import run, and the exit status it gives: 0 when every file is in the library,
 * 1 when some were refused, failed or were left for the next run.
 */
final class ImportReport {

    /** What became of a file. */
    enum Outcome {
        /** Deposited by this run. */
        IMPORTED("importé(s)"),
        /** Its content was already in the library (an earlier run, someone else, or another file of this run). */
        ALREADY_THERE("déjà dans la bibliothèque (même contenu)"),
        /** The application refused it, with its reason: sending it again changes nothing. */
        REFUSED("refusé(s)"),
        /** It could not be sent: the next run retries it. */
        FAILED("en échec, à retenter"),
        /** Not sent: the run's limit was reached first. */
        LEFT("laissé(s) pour la prochaine fois (--limite)");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** A file's outcome, with the reason for a refusal or a failure, or the documents that hold its content. */
    record Line(String path, Outcome outcome, String detail) {
    }

    private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());

    void add(String path, Outcome outcome, String detail) {
        lines.add(new Line(path, outcome, detail));
    }

    Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        synchronized (lines) {
            lines.forEach(line -> counts.merge(line.outcome(), 1, Integer::sum));
        }
        return counts;
    }

    int count(Outcome outcome) {
        return counts().get(outcome);
    }

    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** 0 when every file is in the library, else 1. */
    int exitStatus() {
        Map<Outcome, Integer> counts = counts();
        return counts.get(Outcome.REFUSED) + counts.get(Outcome.FAILED) + counts.get(Outcome.LEFT) == 0 ? 0 : 1;
    }

    /** The report printed at the end: the counts, then every refused and failed file with its reason. */
    String text(Duration took) {
        StringBuilder text = new StringBuilder();
        text.append("Import terminé en ").append(ImportProgress.duration(took)).append(" :\n");
        counts().forEach((outcome, count) -> text.append(String.format("  %6d %s%n", count, outcome.label)));
        for (Outcome shown : List.of(Outcome.REFUSED, Outcome.FAILED)) {
            List<Line> these = lines().stream().filter(line -> line.outcome() == shown)
                    .sorted((a, b) -> a.path().compareTo(b.path())).toList();
            if (!these.isEmpty()) {
                text.append(shown == Outcome.REFUSED ? "Refusés :\n" : "En échec (relancez la commande pour les "
                        + "retenter) :\n");
                these.forEach(line -> text.append("  ").append(line.path()).append(" : ").append(line.detail())
                        .append('\n'));
            }
        }
        if (count(Outcome.LEFT) > 0 || count(Outcome.FAILED) > 0) {
            text.append("Relancez la même commande pour continuer : ce qui est déjà dans la bibliothèque sera passé.\n");
        }
        return text.toString();
    }
}
