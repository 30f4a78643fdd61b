package fr.prma.interactifs.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed load: that many clients, each sending one query, waiting for its answer, then sending the next, until
 * the requests asked for are all answered. The queries are taken in turn from one list shared by the clients, so
 * every level and every system measured gets the same mix. Each request's latency is recorded.
 */
final class Load {

    /** One search; throws when it fails or its answer is wrong. */
    @FunctionalInterface
    interface Search {
        void run(String query) throws Exception;
    }

    /**
     * What one level of load gave.
     *
     * @param latencies  each request's latency in nanoseconds, sorted
     * @param firstError the first failure, or null
     */
    record Level(int clients, long[] latencies, int errors, String firstError, long wallNanos) {

        /** The latency under which this percentage of requests were answered (nearest rank), in milliseconds. */
        double percentileMillis(double percent) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100 * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length, rank) - 1)] / 1e6;
        }

        double perSecond() {
            return latencies.length / (wallNanos / 1e9);
        }

        int requests() {
            return latencies.length;
        }
    }

    private Load() {
    }

    static Level run(List<String> queries, int clients, int requests, Search search) throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i; (i = next.getAndIncrement()) < requests;) {
                    String query = queries.get(i % queries.size());
                    long began = System.nanoTime();
                    try {
                        search.run(query);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                    latencies[i] = System.nanoTime() - began;
                }
            }, "client " + (c + 1));
            threads[c].start();
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - began;
        Arrays.sort(latencies);
        return new Level(clients, latencies, errors.get(), firstError.get(), wall);
    }
}
