package fr.prma.interactifs.documents.extraction;

import java.io.ObjectInputFilter;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the workers' answers to what an answer is made of. Tika's pipes client reads each worker's answer (text
 * and properties) with Java deserialisation, in the application server's JVM; a worker parses hostile files, and
 * a worker subverted by one could answer with a deserialisation gadget. While Tika's pipes client reads an answer,
 * the stream may hold only Tika's classes, strings, boxed numbers, the JDK's collections and arrays (of those or of
 * objects), no deeper than {@value #MAX_DEPTH} levels; anything else stops the reading, and that extraction fails.
 * The JVM's other deserialisation is left as it is.
 *
 * <p>Installed once, as the first extractor is made, as the JVM-wide filter (which an application server has
 * usually not set; JEP 415's filter factory cannot be, once a server has read anything). When the JVM already has
 * one ({@code jdk.serialFilter}), the answers are read under that one only, and the log says so.
 */
final class WorkerAnswerFilter {

    private static final Logger LOG = Logger.getLogger(WorkerAnswerFilter.class.getName());

    static final int MAX_DEPTH = 32;

    /** What a worker's answer may hold; everything else is refused. */
    static final ObjectInputFilter ANSWER = ObjectInputFilter.Config.createFilter("maxdepth=" + MAX_DEPTH
            + ";org.apache.tika.**;java.lang.String;java.lang.Number;java.lang.Integer;java.lang.Long"
            + ";java.lang.Double;java.lang.Float;java.lang.Short;java.lang.Byte;java.lang.Boolean"
            + ";java.lang.Character;java.lang.Enum;java.lang.Object;java.util.*;!*");

    /** The class that deserialises the workers' answers in this JVM. */
    private static final String PIPES_CLIENT = "org.apache.tika.pipes.PipesClient";

    private static boolean installed;

    private WorkerAnswerFilter() {
    }

    /** Installs the filter for the JVM, once; later calls do nothing. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            ObjectInputFilter.Config.setSerialFilter(forAnswers(WorkerAnswerFilter::readByPipesClient));
            LOG.info("The extraction workers' answers are read through the application's deserialisation filter");
        } catch (IllegalStateException alreadySet) {
            LOG.log(Level.WARNING, "This JVM already has a deserialisation filter (jdk.serialFilter): the "
                    + "extraction workers' answers are read under that one, not the application's", alreadySet);
        }
    }

    /**
     * The JVM-wide filter: while {@code inPipesClient} holds, what the answer filter says; elsewhere, no opinion
     * (the stream is read as it would be without a filter).
     */
    static ObjectInputFilter forAnswers(BooleanSupplier inPipesClient) {
        return info -> inPipesClient.getAsBoolean() ? ANSWER.checkInput(info) : ObjectInputFilter.Status.UNDECIDED;
    }

    /** Whether Tika's pipes client is on the calling thread's stack (it may read answers in threads of its own). */
    private static boolean readByPipesClient() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().equals(PIPES_CLIENT)));
    }
}
