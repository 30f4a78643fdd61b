package fr.prma.interactifs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import fr.prma.interactifs.cli.ImportReport.Outcome;
import fr.prma.interactifs.cli.LocalFiles.LocalFile;
import fr.prma.interactifs.documents.archive.ArchivePath;
import fr.prma.interactifs.documents.storage.ContentHash;

/**
 * {@code ./interactifs import DOSSIER}: every file of a folder tree into the library, through the REST API with
 * the {@code interactifs-import} service account, a few files at a time.
 * <p>
 * It can be stopped and run again at will: before sending a file it asks the library whether its content (by
 * SHA-256) is already there, and passes it if so; so a second run sends only what the first did not (left,
 * failed, or new in the folder), and never the same content twice. Files of the folder with the same content are
 * sent once. A refused file (its type, its size…) is reported with the application's reason.
 * <p>
 * Runs on the application's own classes (the archive's rules for names and tags), the JDK's HTTP client and the
 * JSON reader of the application's JWT library; nothing of the server.
 */
public final class ImportCommand {

    /** How often a file that could not be sent is tried in the same run, and the pauses between. */
    private static final List<Duration> RETRY_PAUSES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(8));

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    public ImportCommand(Map<String, String> environment, PrintStream out, PrintStream err, boolean terminal) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether files are being sent now: stopped then (Ctrl-C), the run says how to take it up again. */
    private volatile boolean sending;

    public static void main(String[] args) {
        ImportCommand command = new ImportCommand(System.getenv(), System.out, System.err, System.console() != null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (command.sending) {
                System.err.println();
                System.err.println("Import interrompu. Relancez la même commande pour le reprendre : ce qui est déjà "
                        + "dans la bibliothèque sera passé.");
            }
        }));
        System.exit(command.run(List.of(args)));
    }

    /** Runs the import; its exit status: 0 every file is in the library, 1 some are not, 2 it could not run. */
    public int run(List<String> args) {
        ImportArguments arguments;
        try {
            arguments = ImportArguments.parse(args, environment);
        } catch (ImportArguments.Unusable unusable) {
            boolean help = unusable.getMessage().equals(ImportArguments.USAGE);
            (help ? out : err).println(unusable.getMessage());
            return help ? 0 : 2;
        }
        List<LocalFile> files;
        try {
            files = LocalFiles.under(arguments.folder());
        } catch (IOException unreadable) {
            err.println("Le dossier « " + arguments.folder() + " » n'a pas pu être lu : " + unreadable.getMessage());
            return 2;
        }
        long bytes = files.stream().mapToLong(LocalFile::size).sum();
        out.printf(Locale.FRANCE, "%d fichier(s), %.1f Mo, dans « %s ».%n", files.size(), bytes / 1e6,
                arguments.folder());
        out.println("Rubrique : " + arguments.category() + " ; lu par : " + (arguments.bodies().isEmpty()
                ? "tout le pôle" : String.join(", ", arguments.bodies())) + " ; " + arguments.concurrent()
                + " fichier(s) à la fois" + (arguments.limit() > 0 ? " ; au plus " + arguments.limit() + " dépôt(s)" : "")
                + ".");
        if (arguments.demoSecret()) {
            out.println("Secret de démonstration du compte d'import (pour une vraie installation : --secret ou "
                    + ImportArguments.SECRET_VARIABLE + ").");
        }
        LibraryClient library = new LibraryClient(arguments.application(), arguments.keycloak(), arguments.secret());
        try {
            library.check();
        } catch (IOException unusable) {
            err.println(unusable.getMessage());
            return 2;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return 2;
        }
        long started = System.nanoTime();
        Run run = new Run(arguments, library, new ImportProgress(out, terminal, files.size(), bytes));
        ExecutorService senders = Executors.newFixedThreadPool(arguments.concurrent());
        sending = true;
        try {
            files.forEach(file -> senders.execute(() -> run.send(file)));
            senders.shutdown();
            while (!senders.awaitTermination(1, TimeUnit.SECONDS)) {
                // waits for every file's outcome
            }
        } catch (InterruptedException stopped) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            sending = false;
            run.progress.stop();
        }
        out.print(run.report.text(Duration.ofNanos(System.nanoTime() - started)));
        if (run.stopped.get() != null) {
            err.println("Import arrêté : " + run.stopped.get());
            return 2;
        }
        return run.report.exitStatus();
    }

    /** One run's shared state: what the senders found, and whether the run had to stop. */
    private final class Run {

        final ImportArguments arguments;
        final LibraryClient library;
        final ImportProgress progress;
        final ImportReport report = new ImportReport();
        /** The first file of the run with each content, and what became of it. */
        final Map<String, First> firstWithContent = new ConcurrentHashMap<>();
        final AtomicInteger deposits = new AtomicInteger();
        /** Why the run stopped sending (the account was refused): set once. */
        final AtomicReference<String> stopped = new AtomicReference<>();

        Run(ImportArguments arguments, LibraryClient library, ImportProgress progress) {
            this.arguments = arguments;
            this.library = library;
            this.progress = progress;
        }

        void send(LocalFile file) {
            String path = file.shown().text();
            Result result;
            if (stopped.get() != null) {
                result = new Result(Outcome.LEFT, "import arrêté");
            } else {
                result = outcome(file);
            }
            report.add(path, result.outcome(), result.detail());
            if (result.outcome() != Outcome.LEFT) {
                progress.done(file.size());
            }
        }

        private Result outcome(LocalFile file) {
            String sha256;
            try {
                sha256 = ContentHash.of(file.path());
            } catch (IOException unreadable) {
                return new Result(Outcome.FAILED, "fichier illisible : " + unreadable.getMessage());
            }
            First mine = new First(file.shown().text(), new CompletableFuture<>());
            First first = firstWithContent.putIfAbsent(sha256, mine);
            if (first != null) {
                return sameAs(first);
            }
            Result result;
            try {
                result = deposit(file, sha256);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                result = new Result(Outcome.LEFT, "import interrompu");
            } catch (RuntimeException unexpected) {
                result = new Result(Outcome.FAILED, "erreur inattendue : " + unexpected);
            }
            mine.result().complete(result);
            return result;
        }

        /** A file whose content another file of this run has: it follows that file's fate. */
        private Result sameAs(First first) {
            Result theirs = first.result().join();
            return switch (theirs.outcome()) {
                case IMPORTED, ALREADY_THERE -> new Result(Outcome.ALREADY_THERE, "même contenu que « "
                        + first.path() + " »");
                case REFUSED -> new Result(Outcome.REFUSED, theirs.detail() + " (même contenu que « " + first.path()
                        + " »)");
                case FAILED, LEFT -> new Result(theirs.outcome(), "même contenu que « " + first.path() + " », "
                        + theirs.detail());
            };
        }

        private Result deposit(LocalFile file, String sha256) throws InterruptedException {
            for (int attempt = 0; ; attempt++) {
                try {
                    List<Long> holders = library.withContent(sha256);
                    if (!holders.isEmpty()) {
                        return new Result(Outcome.ALREADY_THERE, "document(s) n° " + String.join(", ",
                                holders.stream().map(String::valueOf).toList()));
                    }
                    if (attempt == 0 && arguments.limit() > 0 && deposits.incrementAndGet() > arguments.limit()) {
                        return new Result(Outcome.LEFT, "limite de " + arguments.limit() + " dépôt(s) atteinte");
                    }
                    long id = library.deposit(file, description(file.shown()));
                    return new Result(Outcome.IMPORTED, "document n° " + id);
                } catch (LibraryClient.Refused refused) {
                    return new Result(Outcome.REFUSED, refused.getMessage());
                } catch (LibraryClient.Unusable unusable) {
                    stopped.compareAndSet(null, unusable.getMessage());
                    return new Result(Outcome.FAILED, unusable.getMessage());
                } catch (IOException failed) {
                    if (attempt >= RETRY_PAUSES.size()) {
                        return new Result(Outcome.FAILED, failed.getMessage());
                    }
                    // The deposit may have been recorded before the answer was lost: the next attempt asks first.
                    Thread.sleep(RETRY_PAUSES.get(attempt).toMillis());
                }
            }
        }

        private LibraryClient.Description description(ArchivePath shown) {
            return new LibraryClient.Description(shown.name(), "Importé du dossier « "
                    + arguments.folder().getFileName() + " » : " + shown.text(), arguments.category(),
                    ArchivePath.tags(shown.folders()), arguments.bodies());
        }
    }

    private record First(String path, CompletableFuture<Result> result) {
    }

    private record Result(Outcome outcome, String detail) {
    }
}
