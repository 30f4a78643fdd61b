package fr.prma.interactifs.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ExtractionQueueTest {

    @Test
    void whatPeopleDepositIsReadBeforeWhatAnImportBroughtEachInTheOrderItCame() throws Exception {
        ExtractionQueue order = new ExtractionQueue();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, ExtractionQueue.newQueue());
        List<String> read = new CopyOnWriteArrayList<>();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try {
            // The one worker thread is busy with a first file while the others arrive.
            pool.execute(order.task(true, () -> {
                started.countDown();
                await(busy);
                read.add("import 1");
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (String file : List.of("import 2", "import 3", "dépôt de julien", "import 4", "dépôt d'inès")) {
                pool.execute(order.task(file.startsWith("import"), () -> read.add(file)));
            }
            busy.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("import 1", "dépôt de julien", "dépôt d'inès", "import 2", "import 3", "import 4"), read);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
