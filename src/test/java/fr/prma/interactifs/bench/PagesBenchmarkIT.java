package fr.prma.interactifs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A smoke run of the pages benchmark, so that it does not rot: three people signed in through Keycloak's login
 * page browse for a few seconds, then fetch the style sheet; every request answered in their session, the
 * session's memory read from the server, the report written. No figure is asserted.
 */
class PagesBenchmarkIT {

    @Test
    void peopleSignedInThroughKeycloakBrowseThePagesAndTheStaticBaselineWithoutError() throws Exception {
        PagesBenchmark.Measurement run = new PagesBenchmark("pages-benchmark-it").measure(BenchOptions.of(Map.of(
                "users", "3", "seconds", "8", "think-ms", "400")));

        assertEquals(0, run.pages().errors(), run.pages().firstError());
        assertEquals(0, run.staticResource().errors(), run.staticResource().firstError());
        assertTrue(run.pages().requests() >= 3, "every person browsed: " + run.pages().requests());
        assertTrue(run.staticResource().requests() >= 3, "the baseline ran: " + run.staticResource().requests());
        assertTrue(run.staticAddress().contains("layout.css"), run.staticAddress());
        assertTrue(run.heapBefore() > 0 && run.heapAfter() > 0, "the server's live memory read before and after the"
                + " sign-ins: " + run.heapBefore() + ", " + run.heapAfter());
        assertTrue(run.markdown().contains("| Pages du produit |"), run.markdown());
    }
}
