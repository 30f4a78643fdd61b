package fr.prma.interactifs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The resident memory (RSS, as Linux counts it in {@code /proc/<pid>/status}) of the product's processes at one
 * moment, by what they are (application server, extraction workers, Keycloak): what the machine must hold for the
 * product, whatever the JVMs' heap settings.
 *
 * @param bytes     resident bytes by part, for the parts that had a process running
 * @param processes number of processes by part
 */
record Footprint(Map<ProcessorTime.Part, Long> bytes, Map<ProcessorTime.Part, Integer> processes) {

    /** Reads the resident memory of these processes now; one that ended meanwhile is left out. */
    static Footprint of(List<ProcessHandle> running) {
        Map<ProcessorTime.Part, Long> bytes = new EnumMap<>(ProcessorTime.Part.class);
        Map<ProcessorTime.Part, Integer> processes = new EnumMap<>(ProcessorTime.Part.class);
        for (ProcessHandle process : running) {
            ProcessorTime.Part part = ProcessorTime.partOf(process);
            long resident = residentBytes(process.pid());
            if (part != null && resident > 0) {
                bytes.merge(part, resident, Long::sum);
                processes.merge(part, 1, Integer::sum);
            }
        }
        return new Footprint(bytes, processes);
    }

    /** {@code VmRSS} of a process, in bytes; 0 when it cannot be read (the process ended, or not Linux). */
    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(fields[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException unreadable) {
            return 0;
        }
        return 0;
    }

    /** "serveur d'application 612 Mo, Keycloak 498 Mo, workers d'extraction aucun" and the total. */
    String text() {
        String parts = List.of(ProcessorTime.Part.SERVER, ProcessorTime.Part.KEYCLOAK, ProcessorTime.Part.WORKERS)
                .stream().map(part -> part.label() + " " + (bytes.containsKey(part)
                        ? megabytes(bytes.get(part)) + (processes.get(part) > 1 ? " (" + processes.get(part)
                                + " processus)" : "") : "aucun"))
                .collect(Collectors.joining(", "));
        return parts + " ; en tout " + megabytes(bytes.values().stream().mapToLong(Long::longValue).sum());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.FRENCH, "%,.0f Mo", bytes / 1024.0 / 1024.0);
    }
}
