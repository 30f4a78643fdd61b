package fr.prma.interactifs.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.directory.service.PersonSummary;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.security.SignedInIdentity;
import jakarta.ejb.EJBException;

/** An import script's concurrent requests: one recording of its account, and a retry when a write collides. */
class ApiActorsTest {

    private static final ApiCaller IMPORT = new ApiCaller("9b1f-import", "service-account-interactifs-import",
            Set.of("importer"), List.of(), "interactifs-import");

    /** A directory that takes its time to record, counts recordings and notices overlapping ones. */
    private static final class SlowDirectory extends PeopleDirectory {
        final AtomicInteger recordings = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();
        int failuresLeft;

        @Override
        public PersonSummary recordSignIn(SignedInIdentity identity) {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(50);
                recordings.incrementAndGet();
                synchronized (this) {
                    if (failuresLeft > 0) {
                        failuresLeft--;
                        throw new EJBException("concurrent write");
                    }
                }
                return new PersonSummary(42, identity.username(), "Import", null, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private static ApiActors actors(SlowDirectory directory) {
        ApiActors actors = new ApiActors();
        actors.people = directory;
        return actors;
    }

    @Test
    void concurrentFirstRequestsOfOneCallerRecordItOnce() throws Exception {
        SlowDirectory directory = new SlowDirectory();
        ApiActors actors = actors(directory);
        int requests = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Actor>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return actors.actorOf(IMPORT);
                }));
            }
            go.countDown();
            for (Future<Actor> answer : answers) {
                Actor actor = answer.get(10, TimeUnit.SECONDS);
                assertEquals(42, actor.personId());
                assertTrue(actor.importer());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, directory.recordings.get());
        assertEquals(0, directory.overlaps.get());
    }

    @Test
    void aRecordingThatMeetsAConcurrentWriteIsDoneAgain() {
        SlowDirectory directory = new SlowDirectory();
        directory.failuresLeft = 2;

        Actor actor = actors(directory).actorOf(IMPORT);

        assertEquals(42, actor.personId());
        assertEquals(3, directory.recordings.get());
    }

    @Test
    void aRecordingThatKeepsFailingFailsTheRequest() {
        SlowDirectory directory = new SlowDirectory();
        directory.failuresLeft = 3;

        assertThrows(EJBException.class, () -> actors(directory).actorOf(IMPORT));
    }
}
