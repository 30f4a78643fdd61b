package fr.prma.interactifs.documents.service;

import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The order in which queued versions are read: what people deposit from the intranet or with their own token
 * first, then what an import brings (the import service account, an archive), each in the order it came. An
 * import of thousands of files thus never puts a colleague's document at the back of the queue.
 */
final class ExtractionQueue {

    private final AtomicLong arrivals = new AtomicLong();

    /** The queue of an executor whose tasks are all made by {@link #task}. */
    static PriorityBlockingQueue<Runnable> newQueue() {
        return new PriorityBlockingQueue<>();
    }

    /** A task, ordered after every interactive one when it belongs to an import. */
    Runnable task(boolean imported, Runnable work) {
        return new Task(imported, arrivals.incrementAndGet(), work);
    }

    private record Task(boolean imported, long arrival, Runnable work) implements Runnable, Comparable<Task> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Task other) {
            if (imported != other.imported) {
                return imported ? 1 : -1;
            }
            return Long.compare(arrival, other.arrival);
        }
    }
}
