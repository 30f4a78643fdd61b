package fr.prma.interactifs.governance.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.MeetingStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes meetings as an iCalendar object (RFC 5545) with ical4j, which escapes the text that people typed (commas,
 * semicolons, line breaks), so that a title can never add a line of its own to the file. Lines are folded here,
 * not by ical4j: RFC 5545 counts 75 <em>octets</em> of UTF-8, where ical4j counts characters (an accented
 * French title then makes lines of up to 146 octets, and an emoji can be cut in two halves).
 * <p>
 * Times are written in UTC ({@code 20261215T130000Z}): every calendar application reads them and shows them
 * in its own time zone, with no VTIMEZONE block to get wrong. Plain values in, text out: unit tested without
 * a server.
 */
public final class MeetingIcs {

    static final String PRODUCT = "-//PRMA//Les Interactifs//FR";

    /** The longest line RFC 5545 (3.1) allows, line break excluded, in octets. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";

    /** How often subscribed calendars are asked to come back for changes. */
    private static final Duration REFRESH = Duration.ofHours(1);

    /**
     * One meeting as calendar applications show it; texts already in the words people read.
     *
     * @param uid      stable for the meeting, so that a new download or a feed refresh updates the same event
     * @param location place and/or video link, or {@code null}
     * @param sequence grows when the date, times, place or status change, so that applications take the latest
     */
    public record Event(String uid, Instant startsAt, Instant endsAt, String summary, String location,
                        String description, URI url, MeetingStatus status, int sequence) {

        public Event {
            Objects.requireNonNull(uid);
            Objects.requireNonNull(startsAt);
            Objects.requireNonNull(endsAt);
            Objects.requireNonNull(summary);
            Objects.requireNonNull(status);
        }
    }

    private MeetingIcs() {
    }

    /**
     * The name people save one meeting's file under, made from its body and day, like an address not
     * translated: {@code reunion-comite-de-pilotage-2026-12-15.ics}.
     */
    public static String fileName(BodyCode body, LocalDate day) {
        return "reunion-" + body.slug() + "-" + day + ".ics";
    }

    /**
     * @param calendarName the name applications give a subscribed calendar, or {@code null} for a download
     * @param stamp        when the object is generated (DTSTAMP of each event)
     */
    public static String render(String calendarName, Instant stamp, List<Event> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (calendarName != null) {
            // NAME and REFRESH-INTERVAL (RFC 7986), and the older X-WR-* that Outlook and Apple still read
            calendar.add(new Name(oneLine(calendarName)));
            calendar.add(new XProperty("X-WR-CALNAME", oneLine(calendarName)));
            calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
            calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        }
        events.forEach(event -> calendar.add(vevent(event, stamp)));
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return fold(text.toString());
    }

    /**
     * Folds each content line at {@value #MAX_LINE_OCTETS} octets of UTF-8, continuation lines beginning with one
     * space (RFC 5545, 3.1), never inside a character. Lines folded already (by ical4j) are unfolded first.
     */
    static String fold(String ics) {
        StringBuilder folded = new StringBuilder(ics.length() + ics.length() / 64);
        for (String line : ics.replace(CRLF + " ", "").split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append(CRLF).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }

    private static VEvent vevent(Event event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(event.startsAt()));
        vevent.add(new DtEnd<>(event.endsAt()));
        vevent.add(new Summary(oneLine(event.summary())));
        if (event.location() != null) {
            vevent.add(new Location(oneLine(event.location())));
        }
        if (event.description() != null) {
            vevent.add(new Description(lines(event.description())));
        }
        if (event.url() != null) {
            vevent.add(new Url(event.url()));
        }
        vevent.add(status(event.status()));
        vevent.add(new Sequence(event.sequence()));
        return vevent;
    }

    private static Status status(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONVENED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /** Line breaks of any kind become "\n", which ical4j writes as the escaped {@code \n} of RFC 5545. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Titles and places are one line: a stray line break becomes a space. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
