package fr.prma.interactifs.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The progress of an import, as the person who runs it follows it: files done out of all, megabytes, rate and
 * time left. On a terminal, one bar redrawn in place a few times a second; in a log (output redirected), a line
 * at every tenth of the files and at least every half-minute.
 */
final class ImportProgress {

    private static final long REDRAW_NANOS = Duration.ofMillis(250).toNanos();
    private static final long LOG_NANOS = Duration.ofSeconds(30).toNanos();
    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final int files;
    private final long bytes;
    private final long started = System.nanoTime();
    private int filesDone;
    private long bytesDone;
    private long shownNanos = started;
    private int shownTenth;

    ImportProgress(PrintStream out, boolean terminal, int files, long bytes) {
        this.out = out;
        this.terminal = terminal;
        this.files = files;
        this.bytes = bytes;
    }

    /** A file has its outcome (whatever it is). */
    synchronized void done(long size) {
        filesDone++;
        bytesDone += size;
        long now = System.nanoTime();
        boolean last = filesDone == files;
        if (terminal) {
            if (last || now - shownNanos >= REDRAW_NANOS) {
                out.print("\r" + line(now) + (last ? "\n" : ""));
                out.flush();
                shownNanos = now;
            }
            return;
        }
        int tenth = files == 0 ? 10 : filesDone * 10 / files;
        if (last || tenth > shownTenth || now - shownNanos >= LOG_NANOS) {
            out.println(line(now));
            shownNanos = now;
            shownTenth = tenth;
        }
    }

    /** Ends the bar's line when the run stops before its last file (limit reached, interrupted). */
    synchronized void stop() {
        if (terminal && filesDone < files) {
            out.println();
        }
    }

    String line(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        int filled = files == 0 ? BAR : (int) ((long) filesDone * BAR / files);
        StringBuilder line = new StringBuilder("[");
        line.append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
        line.append(filesDone).append('/').append(files).append(" fichiers · ");
        line.append(String.format(Locale.FRANCE, "%.1f/%.1f Mo · %.1f fichiers/s", bytesDone / 1e6, bytes / 1e6,
                filesDone / seconds));
        if (filesDone > 0 && filesDone < files) {
            // By the bytes when they tell (large files take longer), else by the files.
            double share = bytes > 0 && bytesDone > 0 ? (double) bytesDone / bytes : (double) filesDone / files;
            line.append(" · reste ≈ ").append(duration(Duration.ofSeconds((long) (seconds * (1 - share) / share))));
        }
        return line.toString();
    }

    /** A duration as people say it: "45 s", "3 min 20 s", "1 h 05 min". */
    static String duration(Duration duration) {
        long seconds = Math.max(duration.toSeconds(), 0);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + String.format("%02d", seconds % 60) + " s";
        }
        return seconds / 3600 + " h " + String.format("%02d", seconds % 3600 / 60) + " min";
    }
}
