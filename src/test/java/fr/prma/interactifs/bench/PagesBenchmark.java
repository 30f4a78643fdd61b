package fr.prma.interactifs.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.testing.RunningProduct;

/**
 * Pages: people signed in through the real Keycloak login browse the home page, the library, the search and the
 * bodies' pages, each with a think time between two pages, for a while; baseline: the same people fetching a
 * static resource of the same server (the layout's style sheet) at the same pace, in the same run. Also the
 * memory a signed-in person's session holds on the server, from the live heap before and after they signed in.
 */
final class PagesBenchmark implements Benchmark {

    static final String DEMO_PASSWORD = "demo";
    /** The demo people, members and the partner; virtual users take them in turn. */
    static final List<String> PEOPLE = List.of("nadia.roux", "julien.moreau", "camille.durand", "lucie.petit",
            "marc.lefebvre", "ines.garnier", "paul.girard", "sarah.blanc", "thomas.bernard");
    /** The pages a person goes through, in turn from a random start. */
    static final List<String> PAGES = List.of("index.xhtml", "documents/index.xhtml",
            "documents/recherche.xhtml?q=r%C3%A9union", "instances/instance.xhtml?instance=comite-de-pilotage",
            "notes/index.xhtml", "documents/recherche.xhtml?q=budget+saison",
            "instances/instance.xhtml?instance=reunion-departementale", "annuaire/index.xhtml");
    private static final Pattern STYLE_SHEET = Pattern.compile("<link[^>]+href=\"([^\"]*layout\\.css[^\"]*)\"");

    private final String dataName;

    PagesBenchmark() {
        this("bench-pages");
    }

    PagesBenchmark(String dataName) {
        this.dataName = dataName;
    }

    record Settings(int users, Duration duration, Duration think, long seed) {

        static Settings of(BenchOptions options) {
            return new Settings(options.integer("users", 50), Duration.ofSeconds(options.integer("seconds", 300)),
                    Duration.ofMillis(options.integer("think-ms", 2000)), options.integer("seed", 20240611));
        }
    }

    /** Everything measured. */
    record Measurement(Settings settings, Duration signIns, long heapBefore, long heapAfter, Load.Level pages,
            Load.Level staticResource, String staticAddress, String loadBefore, String loadAfter) {

        /** The live memory the sign-ins added, per person; -1 when the heap could not be read or shrank. */
        long sessionBytes() {
            return heapBefore > 0 && heapAfter > heapBefore ? (heapAfter - heapBefore) / settings.users() : -1;
        }

        double ratioOfP95() {
            return pages.percentileMillis(95) / staticResource.percentileMillis(95);
        }

        String markdown() {
            return PagesBenchmark.markdown(this);
        }
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public String run(BenchOptions options) throws Exception {
        return measure(options).markdown();
    }

    Measurement measure(BenchOptions options) throws Exception {
        Settings settings = Settings.of(options);
        System.out.printf(Locale.FRENCH, "Démarrage du produit (données : target/%s) ...%n", dataName);
        RunningProduct product = RunningProduct.startFresh(dataName);
        try {
            // One person first, so that the server's first requests (compilations, caches) are not counted.
            WebSession first = WebSession.signIn(product, PEOPLE.get(0), DEMO_PASSWORD);
            for (String page : PAGES) {
                first.get(page);
            }
            Matcher sheet = STYLE_SHEET.matcher(first.get("index.xhtml").body());
            if (!sheet.find()) {
                throw new IllegalStateException("La feuille de style du gabarit est introuvable dans la page d'accueil");
            }
            String staticAddress = sheet.group(1).replace("&amp;", "&").replaceFirst("^/", "");

            long heapBefore = liveHeapBytes(product);
            System.out.printf(Locale.FRENCH, "Connexion de %d personnes par la page de Keycloak ...%n",
                    settings.users());
            long started = System.nanoTime();
            List<WebSession> sessions = new ArrayList<>();
            for (int i = 0; i < settings.users(); i++) {
                WebSession session = WebSession.signIn(product, PEOPLE.get(i % PEOPLE.size()), DEMO_PASSWORD);
                session.get("index.xhtml");
                sessions.add(session);
            }
            Duration signIns = Duration.ofNanos(System.nanoTime() - started);
            long heapAfter = liveHeapBytes(product);

            String loadBefore = Machine.loadAverage();
            System.out.printf(Locale.FRENCH, "Pages : %d personnes pendant %d s ...%n", settings.users(),
                    settings.duration().toSeconds());
            Load.Level pages = browse(sessions, settings, PAGES);
            System.out.printf(Locale.FRENCH, "  p95 %.1f ms, %.0f pages/s, erreurs %d%s%n", pages.percentileMillis(95),
                    pages.perSecond(), pages.errors(), pages.firstError() == null ? "" : " (" + pages.firstError() + ")");
            System.out.printf(Locale.FRENCH, "Référence : la feuille de style, %d personnes pendant %d s ...%n",
                    settings.users(), settings.duration().toSeconds());
            Load.Level staticResource = browse(sessions, settings, List.of(staticAddress));
            System.out.printf(Locale.FRENCH, "  p95 %.1f ms, %.0f requêtes/s, erreurs %d%n",
                    staticResource.percentileMillis(95), staticResource.perSecond(), staticResource.errors());
            return new Measurement(settings, signIns, heapBefore, heapAfter, pages, staticResource, staticAddress, loadBefore,
                    Machine.loadAverage());
        } catch (RuntimeException | IOException e) {
            System.err.println(product.logTail());
            throw e;
        } finally {
            product.stop();
        }
    }

    /** Each session on a thread of its own: a page, a think time, the next page, until the time is up. */
    static Load.Level browse(List<WebSession> sessions, Settings settings, List<String> addresses)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long thinkMillis = settings.think().toMillis();
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int i = 0; i < sessions.size(); i++) {
            WebSession session = sessions.get(i);
            Random random = new Random(settings.seed() + i);
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    long end = window[1];
                    int next = random.nextInt(addresses.size());
                    // Arrivals spread over one think time, as people do not all click at once.
                    Thread.sleep(random.nextInt((int) Math.max(1, thinkMillis)));
                    while (System.nanoTime() < end) {
                        String address = addresses.get(next++ % addresses.size());
                        long before = System.nanoTime();
                        try {
                            HttpResponse<String> answer = session.get(address);
                            long took = System.nanoTime() - before;
                            if (session.inSession(answer)) {
                                latencies.add(took);
                            } else {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, address + " : " + answer.statusCode() + " "
                                        + answer.uri());
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, address + " : " + e);
                        }
                        Thread.sleep(thinkMillis / 2 + random.nextInt((int) Math.max(1, thinkMillis)));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "visitor-" + i));
        }
        threads.forEach(Thread::start);
        window[0] = System.nanoTime();
        window[1] = window[0] + settings.duration().toNanos();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Load.Level(sessions.size(), sorted, errors.get(), firstError.get(), System.nanoTime() - window[0]);
    }

    /**
     * The bytes of the application server's live objects, after a full collection ({@code jcmd GC.class_histogram}
     * collects first); -1 when it cannot be read.
     */
    static long liveHeapBytes(RunningProduct product) throws InterruptedException {
        for (ProcessHandle process : product.processes()) {
            if (ProcessorTime.partOf(process) != ProcessorTime.Part.SERVER) {
                continue;
            }
            try {
                Process jcmd = new ProcessBuilder(ProcessHandle.current().info().command().map(java -> java
                        .replaceFirst("java$", "jcmd")).orElse("jcmd"), Long.toString(process.pid()),
                        "GC.class_histogram").redirectErrorStream(true).start();
                String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (jcmd.waitFor() != 0) {
                    return -1;
                }
                Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(output);
                return total.find() ? Long.parseLong(total.group(1)) : -1;
            } catch (IOException unavailable) {
                return -1;
            }
        }
        return -1;
    }

    private static String markdown(Measurement m) {
        Settings s = m.settings();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.FRENCH, "### Pages : %d personnes connectées, %d s, pause de %,.1f à %,.1f s"
                + " entre deux pages%n%n", s.users(), s.duration().toSeconds(), s.think().toMillis() / 2000.0,
                s.think().toMillis() * 1.5 / 1000.0));
        md.append(String.format(Locale.FRENCH, "- Connexions par la page de connexion de Keycloak (code OpenID"
                + " Connect), les comptes de démonstration à tour de rôle : %d en %,.1f s.%n", s.users(),
                m.signIns().toMillis() / 1000.0));
        md.append(String.format(Locale.FRENCH, "- Pages, chacune de son côté à partir d'un point tiré au hasard : %s"
                + " (données de démonstration du lancement).%n", String.join(", ", PAGES)));
        md.append(String.format(Locale.FRENCH, "- Référence : `%s` (ressource statique du même serveur, même session,"
                + " même rythme).%n", m.staticAddress()));
        md.append(String.format(Locale.FRENCH, "- Session par personne connectée : %s (objets vivants du serveur"
                + " après un ramasse-miettes complet, avant et après les connexions, divisé par leur nombre).%n",
                m.sessionBytes() < 0 ? "non mesurée" : String.format(Locale.FRENCH, "%,.1f Ko",
                        m.sessionBytes() / 1024.0)));
        md.append(String.format(Locale.FRENCH, "- Charge moyenne sur une minute : %s avant, %s après.%n%n",
                m.loadBefore(), m.loadAfter()));
        md.append("| | requêtes | p50 | p95 | p99 | par seconde | erreurs |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Object[] row : List.of(new Object[] {"Pages du produit", m.pages()},
                new Object[] {"Ressource statique (référence)", m.staticResource()})) {
            Load.Level level = (Load.Level) row[1];
            md.append(String.format(Locale.FRENCH, "| %s | %,d | %.1f ms | %.1f ms | %.1f ms | %.1f | %d |%n", row[0],
                    level.requests(), level.percentileMillis(50), level.percentileMillis(95),
                    level.percentileMillis(99), level.perSecond(), level.errors()));
        }
        for (Load.Level level : List.of(m.pages(), m.staticResource())) {
            if (level.firstError() != null) {
                md.append(String.format(Locale.FRENCH, "%nPremière erreur : %s%n", level.firstError()));
            }
        }
        md.append(String.format(Locale.FRENCH, "%nRapport des p95 pages / référence : %.1f. Objectif p95 ≤ 150 ms et"
                + " 0 erreur : %s.%n", m.ratioOfP95(), m.pages().percentileMillis(95) <= 150
                        && m.pages().errors() == 0 ? "tenu" : "non tenu"));
        return md.toString();
    }
}
