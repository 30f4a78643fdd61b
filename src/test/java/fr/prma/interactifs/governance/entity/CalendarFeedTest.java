package fr.prma.interactifs.governance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The secret of a private calendar address: random, well formed, and stored as a hash only. */
class CalendarFeedTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = CalendarFeed.newToken();
            assertEquals(43, token.length(), token);
            assertTrue(CalendarFeed.isWellFormed(token), token);
            tokens.add(token);
        }
        assertEquals(100, tokens.size());
    }

    @Test
    void onlyTheHashIsKept() {
        String token = CalendarFeed.newToken();
        CalendarFeed feed = new CalendarFeed(7, token, NOW);

        assertEquals(64, feed.getTokenHash().length());
        assertTrue(feed.getTokenHash().matches("[0-9a-f]{64}"));
        assertNotEquals(token, feed.getTokenHash());
        assertEquals(CalendarFeed.hash(token), feed.getTokenHash());
        assertEquals(NOW, feed.getCreatedAt().toInstant());
        // SHA-256 of "abc", FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CalendarFeed.hash("abc"));
    }

    @Test
    void renewingReplacesTheHash() {
        CalendarFeed feed = new CalendarFeed(7, CalendarFeed.newToken(), NOW);
        String before = feed.getTokenHash();
        String token = CalendarFeed.newToken();

        feed.renew(token, NOW.plusSeconds(60));

        assertNotEquals(before, feed.getTokenHash());
        assertEquals(CalendarFeed.hash(token), feed.getTokenHash());
        assertEquals(NOW.plusSeconds(60), feed.getCreatedAt().toInstant());
    }

    @Test
    void anythingElseIsNotAToken() {
        assertFalse(CalendarFeed.isWellFormed(null));
        assertFalse(CalendarFeed.isWellFormed(""));
        assertFalse(CalendarFeed.isWellFormed("abc"));
        assertFalse(CalendarFeed.isWellFormed("x".repeat(44)));
        assertFalse(CalendarFeed.isWellFormed("../../../../etc/passwd/aaaaaaaaaaaaaaaaaaaaaaa"));
        assertFalse(CalendarFeed.isWellFormed("a".repeat(42) + "="));
        assertThrows(IllegalArgumentException.class, () -> new CalendarFeed(7, "not a token", NOW));
    }
}
