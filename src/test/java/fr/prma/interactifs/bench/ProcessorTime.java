package fr.prma.interactifs.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the processor time of a measure went: the product's processes, by what they are (application server,
 * extraction workers, Keycloak), and this JVM (the uploaders and the searches of the benchmark). On 2 cores the
 * throughput is bounded by the processor time a document costs, so this says which part to look at.
 *
 * <p>Processes are sampled (say each second, and at the end); a worker that ends between two samples loses its
 * last second at most. A process already running at the first sample counts from there, one started later from
 * its start.
 */
final class ProcessorTime {

    enum Part {
        SERVER("serveur d'application"),
        WORKERS("workers d'extraction"),
        KEYCLOAK("Keycloak"),
        BENCH("Banc (déposants, recherches)");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private record Seen(Part part, long firstNanos, long lastNanos) {
    }

    private final Map<Long, Seen> processes = new ConcurrentHashMap<>();
    private final com.sun.management.OperatingSystemMXBean thisJvm =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long benchStart;
    private volatile long benchLast;

    /** Starts counting, with a first sample of these processes. */
    ProcessorTime(List<ProcessHandle> running) {
        for (ProcessHandle process : running) {
            Part part = partOf(process);
            long cpu = cpuNanos(process);
            if (part != null && cpu >= 0) {
                processes.put(process.pid(), new Seen(part, cpu, cpu));
            }
        }
        benchStart = thisJvm.getProcessCpuTime();
        benchLast = benchStart;
    }

    /** Takes a sample: processes started since the first count from zero. */
    void sample(List<ProcessHandle> running) {
        for (ProcessHandle process : running) {
            long cpu = cpuNanos(process);
            if (cpu < 0) {
                continue;
            }
            processes.compute(process.pid(), (pid, seen) -> {
                if (seen != null) {
                    return new Seen(seen.part(), seen.firstNanos(), Math.max(seen.lastNanos(), cpu));
                }
                Part part = partOf(process);
                return part == null ? null : new Seen(part, 0, cpu);
            });
        }
        benchLast = thisJvm.getProcessCpuTime();
    }

    /** Processor time used by each part since the first sample. */
    Map<Part, Duration> used() {
        Map<Part, Duration> used = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            used.put(part, Duration.ZERO);
        }
        for (Seen seen : processes.values()) {
            used.merge(seen.part(), Duration.ofNanos(seen.lastNanos() - seen.firstNanos()), Duration::plus);
        }
        used.put(Part.BENCH, Duration.ofNanos(benchLast - benchStart));
        return used;
    }

    static Part partOf(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        if (command.contains("org.apache.tika.pipes.PipesServer")) {
            return Part.WORKERS;
        }
        if (command.contains("payara-micro.jar")) {
            return Part.SERVER;
        }
        if (command.contains("keycloak") && command.contains("java")) {
            return Part.KEYCLOAK;
        }
        return null;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
