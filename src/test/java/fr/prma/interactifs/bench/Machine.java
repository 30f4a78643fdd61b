package fr.prma.interactifs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the figures were measured on: the date, the processor, the memory, Java, and the product's versions. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "## Mesures du " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n\n"
                + "- Machine : " + runtime.availableProcessors() + " cœurs (" + cpuModel().orElse("processeur inconnu")
                + "), " + memoryGigabytes().map(g -> g + " Gio de mémoire").orElse("mémoire inconnue") + "\n"
                + "- Java : " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n"
                + "- Versions : " + versions() + "\n";
    }

    /** The machine's load average over the last minute, as the kernel says it; "?" elsewhere than Linux. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0].replace('.', ',');
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Optional<String> cpuModel() {
        return linesOf("/proc/cpuinfo").filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
    }

    private static Optional<Long> memoryGigabytes() {
        return linesOf("/proc/meminfo").filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024).findFirst();
    }

    /** The versions pinned in pom.xml of the pieces measured. */
    private static String versions() {
        Path pom = Path.of(System.getProperty("interactifs.basedir", "."), "pom.xml");
        try {
            String text = Files.readString(pom);
            StringBuilder versions = new StringBuilder();
            for (String[] piece : new String[][] {{"Payara Micro", "payara.version"}, {"Keycloak", "keycloak.version"},
                    {"Tika", "tika.version"}, {"Lucene", "lucene.version"}, {"H2", "h2.version"}}) {
                Matcher version = Pattern.compile("<" + Pattern.quote(piece[1]) + ">([^<]+)<").matcher(text);
                versions.append(versions.length() == 0 ? "" : ", ").append(piece[0]).append(' ')
                        .append(version.find() ? version.group(1) : "?");
            }
            return versions.toString();
        } catch (IOException e) {
            return "inconnues (" + pom + " illisible)";
        }
    }

    private static Stream<String> linesOf(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
