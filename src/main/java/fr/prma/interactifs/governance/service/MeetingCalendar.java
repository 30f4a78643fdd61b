package fr.prma.interactifs.governance.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.CalendarFeed;
import fr.prma.interactifs.governance.entity.Meeting;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MeetingStatus;
import fr.prma.interactifs.platform.service.GeneratedFile;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Meetings in people's own calendar applications (RFC 5545): one meeting as a file to download, and a private
 * calendar address per person that Thunderbird, Outlook or a phone subscribes to.
 * <p>
 * Calendar applications cannot sign in, so the address itself is the key: {@code /calendrier/flux/<token>.ics}
 * with a token of 32 random bytes. The design of that key:
 * <ul>
 * <li><b>Hash only.</b> The database keeps the SHA-256 of the token, never the token ({@link CalendarFeed}): a
 * copy of the database opens no one's calendar.</li>
 * <li><b>Shown once.</b> {@link #createFeed} returns the token; it is shown to its owner on the page that made it
 * and cannot be shown again. Someone who lost it makes a new one.</li>
 * <li><b>Revocable.</b> Renewing replaces it (the old address stops working at once), revoking deletes it; both,
 * like the creation, are written in the audit trail.</li>
 * <li><b>Nothing disclosed.</b> A malformed, unknown or revoked token all raise the same
 * {@link InvalidCalendarTokenException}, which the web layer answers with a 401 and one sentence. The token is
 * never logged, nor written in the audit trail.</li>
 * <li><b>Same visibility as the pages.</b> The feed carries the meetings its owner would see signed in
 * ({@link MeetingPolicy}): those of the bodies they sit in today and of the steering committee. Without a
 * session, whether they are an administrator is unknown: the feed never grants more than a member's view.</li>
 * </ul>
 * Texts of the events are in French, the cluster's language, from the same bundle as the pages and notices.
 */
@Stateless
public class MeetingCalendar {

    /** Older meetings leave the feed; a year is enough to look back at and keeps the file small. */
    static final Duration FEED_HISTORY = Duration.ofDays(366);

    static final String FEED_PATH = "/calendrier/flux/";

    private static final String AUDIT_SUBJECT = "person";

    /**
     * The meetings of some bodies that end after a moment, cancelled ones included so that subscribers see them
     * cancelled rather than vanished. The agendas are read in one more query, not one per meeting.
     */
    private static final String FEED_QUERY = "select m from Meeting m join fetch m.body where m.body.code in :codes"
            + " and m.endsAt > :since order by m.startsAt";

    private static final Locale FRENCH = Locale.FRENCH;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Meetings meetings;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "interactifs.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    private final ResourceBundle bundle = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", FRENCH);

    // --- Downloads and feeds -----------------------------------------------------------------------------

    /**
     * One meeting as an iCalendar file, under the name people save it under.
     *
     * @throws NotFoundException when the meeting does not exist or the actor may not see it
     */
    public GeneratedFile meetingIcs(Actor actor, long meetingId) {
        MeetingDetails meeting = meetings.find(actor, meetingId);
        String ics = MeetingIcs.render(null, Instant.now(), List.of(event(meeting.id(), meeting.body(),
                meeting.schedule(), meeting.startsAt(), meeting.endsAt(), meeting.status(),
                meeting.cancellationReason(), meeting.agenda(), meeting.icsSequence())));
        return new GeneratedFile(MeetingIcs.fileName(meeting.body(), meeting.schedule().date()),
                ics.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The calendar behind a private address: the meetings of the last year and to come of the bodies its owner
     * sits in and of the steering committee.
     *
     * @throws InvalidCalendarTokenException when the token is malformed, unknown or revoked
     */
    public String feedIcs(String token) {
        if (!CalendarFeed.isWellFormed(token)) {
            throw new InvalidCalendarTokenException();
        }
        CalendarFeed feed = em.createNamedQuery("CalendarFeed.findByTokenHash", CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(token)).getResultStream().findFirst()
                .orElseThrow(InvalidCalendarTokenException::new);
        Set<BodyCode> bodies = meetings.bodiesSeenBy(new Actor(feed.getPersonId(), false));
        Instant now = Instant.now();
        List<Meeting> found = em.createQuery(FEED_QUERY, Meeting.class).setParameter("codes", bodies)
                .setParameter("since", now.minus(FEED_HISTORY).atOffset(ZoneOffset.UTC))
                // EclipseLink reads all the agendas in one query (other providers ignore the hint)
                .setHint("eclipselink.batch", "m.agenda").setHint("eclipselink.batch.type", "IN")
                .getResultList();
        return MeetingIcs.render(bundle.getString("calendar.ics.feedName"), now, found.stream()
                .map(meeting -> event(meeting.getId(), meeting.getBody().getCode(), meeting.schedule(),
                        meeting.getStartsAt(), meeting.getEndsAt(), meeting.getStatus(),
                        meeting.getCancellationReason(),
                        // the feed names no document: the agenda's titles are enough in a calendar
                        meeting.getAgenda().stream().map(item -> AgendaEntry.of(meeting, item, List.of())).toList(),
                        meeting.getIcsSequence()))
                .toList());
    }

    // --- The private address -----------------------------------------------------------------------------

    /**
     * Makes the actor's private calendar address, or a new one in place of the old, which stops working.
     *
     * @return the secret token: the only moment it is known, since only its hash is kept
     */
    public String createFeed(Actor actor) {
        String token = CalendarFeed.newToken();
        Instant now = Instant.now();
        Optional<CalendarFeed> existing = feedOf(actor.personId());
        if (existing.isPresent()) {
            existing.get().renew(token, now);
            audit.record(actor, "calendar.feed.revoked", AUDIT_SUBJECT, actor.personId(), null);
        } else {
            em.persist(new CalendarFeed(actor.personId(), token, now));
        }
        audit.record(actor, "calendar.feed.created", AUDIT_SUBJECT, actor.personId(), null);
        return token;
    }

    /** The actor's address stops working; nothing happens when they have none. */
    public void revokeFeed(Actor actor) {
        feedOf(actor.personId()).ifPresent(feed -> {
            em.remove(feed);
            audit.record(actor, "calendar.feed.revoked", AUDIT_SUBJECT, actor.personId(), null);
        });
    }

    /** When the actor's current address was made; empty when they have none. */
    public Optional<OffsetDateTime> feedCreatedAt(Actor actor) {
        return feedOf(actor.personId()).map(CalendarFeed::getCreatedAt);
    }

    /** The full address of a feed, to be given to calendar applications. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String feedAddress(String token) {
        return base() + FEED_PATH + token + ".ics";
    }

    // --- Helpers -----------------------------------------------------------------------------------------

    private Optional<CalendarFeed> feedOf(long personId) {
        return em.createNamedQuery("CalendarFeed.findByPerson", CalendarFeed.class).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    private MeetingIcs.Event event(long id, BodyCode body, MeetingSchedule schedule, OffsetDateTime startsAt,
                                   OffsetDateTime endsAt, MeetingStatus status, String cancellationReason,
                                   List<AgendaEntry> agenda, int sequence) {
        URI link = URI.create(base() + MeetingNotices.path(id));
        String location = schedule.place() != null && schedule.videoLink() != null
                ? schedule.place() + " - " + schedule.videoLink()
                : schedule.place() != null ? schedule.place() : schedule.videoLink();
        return new MeetingIcs.Event("meeting-" + id + "@les-interactifs", startsAt.toInstant(), endsAt.toInstant(),
                bundle.getString("body." + body) + " : " + schedule.title(), location,
                description(schedule, status, cancellationReason, agenda, link), link, status, sequence);
    }

    /** What a calendar shows under the event: cancellation, place, agenda, and the way back to the intranet. */
    private String description(MeetingSchedule schedule, MeetingStatus status, String cancellationReason,
                               List<AgendaEntry> agenda, URI link) {
        StringBuilder text = new StringBuilder();
        if (status == MeetingStatus.CANCELLED) {
            text.append(bundle.getString("calendar.ics.cancelled"));
            if (cancellationReason != null) {
                text.append(text("notice.meeting.cancelled.reason", cancellationReason));
            }
            text.append("\n\n");
        }
        if (schedule.place() != null) {
            text.append(text("notice.meeting.place", schedule.place())).append('\n');
        }
        if (schedule.videoLink() != null) {
            text.append(text("notice.meeting.videoLink", schedule.videoLink())).append('\n');
        }
        text.append('\n');
        if (agenda.isEmpty()) {
            text.append(bundle.getString("notice.meeting.agenda.none"));
        } else {
            text.append(bundle.getString("notice.meeting.agenda"));
            int number = 1;
            for (AgendaEntry item : agenda) {
                text.append('\n').append(number++).append(". ").append(item.title());
                if (item.presenter() != null) {
                    text.append(" (").append(item.presenter()).append(')');
                }
            }
        }
        return text.append("\n\n").append(text("calendar.ics.link", link)).toString();
    }

    private String text(String key, Object... parameters) {
        return new MessageFormat(bundle.getString(key), FRENCH).format(parameters);
    }

    /** The public address of the intranet, without a trailing slash. */
    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
