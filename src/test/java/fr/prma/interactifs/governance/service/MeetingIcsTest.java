package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.MeetingStatus;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The iCalendar text of meetings, read back with ical4j's own parser as a calendar application would. */
class MeetingIcsTest {

    private static final Instant STAMP = Instant.parse("2026-11-20T08:00:00Z");
    private static final URI LINK = URI.create("https://intranet.example/instances/reunion.xhtml?reunion=12");

    private static MeetingIcs.Event event(String summary, String location, String description, MeetingStatus status) {
        // 15 December 2026, 14:00-16:00 in Paris (UTC+1 in winter)
        return new MeetingIcs.Event("meeting-12@les-interactifs", Instant.parse("2026-12-15T13:00:00Z"),
                Instant.parse("2026-12-15T15:00:00Z"), summary, location, description, LINK, status, 3);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void aMeetingBecomesOneEventWithItsTimesPlaceLinkAndVersion() throws Exception {
        String ics = MeetingIcs.render(null, STAMP, List.of(event("Comité de pilotage : Bilan 2026",
                "Le Camji, Niort", "Ordre du jour :\n1. Bilan", MeetingStatus.CONVENED)));

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("DTSTART:20261215T130000Z\r\n"), "UTC, readable everywhere: " + ics);
        Calendar calendar = parse(ics);
        assertEquals("-//PRMA//Les Interactifs//FR", calendar.getProperty(Property.PRODID).orElseThrow().getValue());
        assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        Temporal start = event.getStartDate().orElseThrow().getDate();
        Temporal end = event.getEndDate().orElseThrow().getDate();
        assertEquals(Instant.parse("2026-12-15T13:00:00Z"), Instant.from(start));
        assertEquals(Instant.parse("2026-12-15T15:00:00Z"), Instant.from(end));
        assertEquals("meeting-12@les-interactifs", value(event, Property.UID));
        assertEquals("Comité de pilotage : Bilan 2026", value(event, Property.SUMMARY));
        assertEquals("Le Camji, Niort", value(event, Property.LOCATION));
        assertEquals("Ordre du jour :\n1. Bilan", value(event, Property.DESCRIPTION));
        assertEquals(LINK.toString(), value(event, Property.URL));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("20261120T080000Z", value(event, Property.DTSTAMP));
        assertTrue(calendar.getProperty("X-WR-CALNAME").isEmpty(), "a download is not a named calendar");
    }

    @Test
    void statusFollowsTheMeeting() throws Exception {
        String ics = MeetingIcs.render(null, STAMP, List.of(event("A", "B", null, MeetingStatus.PLANNED)));
        assertEquals("TENTATIVE", value(parse(ics).<VEvent>getComponents("VEVENT").get(0), Property.STATUS));
        ics = MeetingIcs.render(null, STAMP, List.of(event("A", "B", null, MeetingStatus.CANCELLED)));
        assertEquals("CANCELLED", value(parse(ics).<VEvent>getComponents("VEVENT").get(0), Property.STATUS));
    }

    @Test
    void typedTextIsEscapedAndCannotAddLinesOfItsOwn() throws Exception {
        String title = "Budget, 2027; <script>alert('x')</script>\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:faux";
        String place = "Salle 2; Niort, \\ étage";
        String description = "Points :\r\n1. Un, deux; trois\r2. <b>gras</b>\nEND:VCALENDAR";

        String ics = MeetingIcs.render(null, STAMP, List.of(event(title, place, description, MeetingStatus.PLANNED)));

        assertFalse(ics.contains("\r\nEND:VEVENT\r\nBEGIN:VEVENT"), ics);
        assertEquals(1, Arrays.stream(ics.split("\r\n")).filter("BEGIN:VEVENT"::equals).count(),
                "one event only: " + ics);
        assertEquals(1, parse(ics).getComponents("VEVENT").size(), ics);
        assertTrue(ics.contains("Budget\\, 2027\\; <script>"), "commas and semicolons escaped (RFC 5545 3.3.11): " + ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.length() <= 75,
                    "long lines are folded: " + line);
        }
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Budget, 2027; <script>alert('x')</script> END:VEVENT BEGIN:VEVENT SUMMARY:faux",
                value(event, Property.SUMMARY), "a title is one line, kept as plain text");
        assertEquals(place, value(event, Property.LOCATION));
        assertEquals("Points :\n1. Un, deux; trois\n2. <b>gras</b>\nEND:VCALENDAR", value(event, Property.DESCRIPTION));
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsNeverInsideACharacter() throws Exception {
        String title = "Comité de pilotage : élaboration concertée des priorités 2027 🎶 — réunion "
                + "exceptionnelle à l’Hôtel de région, été comme hiver, où l’équipe présente « Écoute & Échos » 🎸🎤";
        String description = "Ordre du jour :\n1. " + "Déléguées élues, ".repeat(12) + "🎵".repeat(40);

        String ics = MeetingIcs.render("Les Interactifs – mes réunions", STAMP,
                List.of(event(title, "Salle « Émile-Zola », étage 2", description, MeetingStatus.CONVENED)));

        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertEquals(ics, new String(bytes, StandardCharsets.UTF_8), "no half character anywhere");
        assertTrue(ics.endsWith("\r\n"));
        String[] lines = ics.split("\r\n");
        boolean folded = false;
        for (String line : lines) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "long lines are folded");
        for (int i = 1; i < lines.length; i++) {
            assertFalse(Character.isLowSurrogate(lines[i].charAt(lines[i].startsWith(" ") ? 1 : 0)),
                    "a continuation never starts with the second half of an emoji: " + lines[i]);
        }
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(title, value(event, Property.SUMMARY), "unfolded, the text is whole");
        assertEquals(description, value(event, Property.DESCRIPTION));
    }

    @Test
    void foldingLeavesShortLinesAloneAndCutsExactlyAtTheLimit() {
        String ascii = "DESCRIPTION:" + "a".repeat(63);
        assertEquals(ascii + "\r\n", MeetingIcs.fold(ascii + "\r\n"), "75 octets fit on one line");
        assertEquals(ascii + "\r\n b\r\n", MeetingIcs.fold(ascii + "b\r\n"));
        String accents = "SUMMARY:" + "é".repeat(40);
        assertEquals("SUMMARY:" + "é".repeat(33) + "\r\n " + "é".repeat(7) + "\r\n", MeetingIcs.fold(accents + "\r\n"),
                "8 + 33 × 2 = 74 octets: a 2-octet é would pass 75");
    }

    @Test
    void aFeedIsANamedCalendarOfManyEvents() throws Exception {
        MeetingIcs.Event first = event("Premier", "Niort", null, MeetingStatus.CONVENED);
        MeetingIcs.Event second = new MeetingIcs.Event("meeting-13@les-interactifs",
                Instant.parse("2027-01-10T09:00:00Z"), Instant.parse("2027-01-10T11:00:00Z"), "Second", null, null,
                null, MeetingStatus.CANCELLED, 0);

        Calendar calendar = parse(MeetingIcs.render("Les Interactifs - mes réunions", STAMP, List.of(first, second)));

        assertEquals("Les Interactifs - mes réunions", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals("Les Interactifs - mes réunions", calendar.getProperty("NAME").orElseThrow().getValue());
        assertEquals("PT1H", calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("meeting-12@les-interactifs", "meeting-13@les-interactifs"),
                events.stream().map(event -> value(event, Property.UID)).toList());
        assertEquals(null, value(events.get(1), Property.LOCATION));
    }
}
