package fr.prma.interactifs.governance.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person's private calendar address, {@code /calendrier/flux/<token>.ics}. Calendar applications cannot
 * sign in, so the secret token in the address is the only key: whoever holds it reads the person's meetings.
 * <p>
 * Only the SHA-256 hash of the token is kept, so that a copy of the database (a backup, a leak) opens no
 * feed; the token itself is shown to its owner once, when it is made. A token is 32 random bytes: guessing
 * one is hopeless, so a plain hash (no salt, no slow hash) is enough, and it lets the feed be found by an
 * indexed look-up. Renewing replaces the hash (the old address stops working); revoking deletes the row.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.findByPerson", query = "select f from CalendarFeed f where f.personId = :person")
@NamedQuery(name = "CalendarFeed.findByTokenHash", query = "select f from CalendarFeed f where f.tokenHash = :hash")
public class CalendarFeed {

    private static final int TOKEN_BYTES = 32;
    /** 32 bytes in base64url without padding: 43 characters of A-Z, a-z, 0-9, '-' and '_'. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
    private Long id;

    // The id only: the feed never needs the person's details, and the foreign key is in the schema.
    @Column(name = "person_id", nullable = false, unique = true, updatable = false)
    private long personId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    /** A new feed for the person, opened by the token (see {@link #newToken()}). */
    public CalendarFeed(long personId, String token, Instant now) {
        this.personId = personId;
        renew(token, now);
    }

    /** Makes the feed answer to this token only: the previous one stops working. */
    public final void renew(String token, Instant now) {
        if (!isWellFormed(token)) {
            throw new IllegalArgumentException("Not a calendar token");
        }
        tokenHash = hash(token);
        createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A fresh secret token, to be shown to its owner once and never stored. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all: anything else is refused before reaching the database. */
    public static boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** The SHA-256 of the token, in lower-case hexadecimal: what is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform has SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
