package fr.prma.interactifs.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.prma.interactifs.audit.service.AuditEntry;
import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.governance.entity.AgendaItemText;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.CalendarFeed;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.service.InvalidCalendarTokenException;
import fr.prma.interactifs.governance.service.MeetingCalendar;
import fr.prma.interactifs.governance.service.MeetingDetails;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.platform.service.GeneratedFile;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.security.AppRole;
import fr.prma.interactifs.security.SignedInIdentity;
import fr.prma.interactifs.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Meetings in calendar applications, inside Payara Micro: the download of one meeting follows the same
 * visibility as its page; a private feed carries the meetings of its owner's bodies and of the steering
 * committee, stops working when renewed or revoked, and answers calendar applications without a sign-in.
 * Each test signs in people of its own and schedules its own meetings.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    private static final String INVALID = "Adresse de calendrier inconnue ou révoquée. Demandez une nouvelle adresse"
            + " dans l’intranet, page « Mon calendrier ».";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(CalendarIT.class);
    }

    @EJB
    private Meetings meetings;

    @EJB
    private MeetingCalendar calendar;

    @EJB
    private PeopleDirectory people;

    @EJB
    private AuditTrail audit;

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    /** Signs a new person in, sitting in the given body with the given roles (or nowhere). */
    private Actor person(String firstName, BodyCode body, BodyRole... roles) {
        Set<BodyRole> seat = EnumSet.of(BodyRole.MEMBER);
        seat.addAll(List.of(roles));
        Map<BodyCode, Set<BodyRole>> seats = body == null ? Map.of() : Map.of(body, seat);
        long id = people.recordSignIn(new SignedInIdentity(UUID.randomUUID().toString(),
                firstName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8), firstName, "Essai",
                firstName.toLowerCase() + "@demo.les-interactifs.example", EnumSet.of(AppRole.MEMBER),
                Optional.of("/structures/le-camji"), seats)).id();
        return new Actor(id, false);
    }

    private Actor administrator() {
        return new Actor(person("Admin", null).personId(), true);
    }

    private long schedule(Actor who, BodyCode body, String title) {
        return meetings.schedule(who, body, new MeetingSchedule(title, LocalDate.now(MeetingSchedule.ZONE).plusDays(9),
                LocalTime.parse("14:00"), LocalTime.parse("16:00"), "Le Camji, Niort", null)).meetingId();
    }

    private static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
    }

    private static List<VEvent> events(GeneratedFile download) throws Exception {
        return events(new String(download.content(), StandardCharsets.UTF_8));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Map<String, String> statusByUid(String ics) throws Exception {
        return events(ics).stream().collect(Collectors.toMap(event -> value(event, Property.UID),
                event -> value(event, Property.STATUS)));
    }

    private static String uid(long meetingId) {
        return "meeting-" + meetingId + "@les-interactifs";
    }

    @Test
    void aMemberDownloadsAMeetingAndOthersLearnNothing() throws Exception {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor outsider = person("Sarah", BodyCode.DEPARTMENTAL_MEETING);
        String title = "Groupe, bilan; " + UUID.randomUUID().toString().substring(0, 8);
        long id = schedule(secretary, BodyCode.WORKING_GROUP, title);
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan des concerts", "Julien Essai", 30, null));

        GeneratedFile download = calendar.meetingIcs(member, id);
        VEvent event = events(download).get(0);

        assertEquals("reunion-groupe-de-travail-resserre-" + LocalDate.now(MeetingSchedule.ZONE).plusDays(9) + ".ics",
                download.fileName(), "named for people: its body and day");
        assertEquals(uid(id), value(event, Property.UID));
        assertEquals("Groupe de travail resserré : " + title, value(event, Property.SUMMARY));
        assertEquals("Le Camji, Niort", value(event, Property.LOCATION));
        assertEquals("TENTATIVE", value(event, Property.STATUS));
        assertTrue(value(event, Property.URL).endsWith("/instances/reunion.xhtml?reunion=" + id),
                value(event, Property.URL));
        String description = value(event, Property.DESCRIPTION);
        assertTrue(description.contains("1. Bilan des concerts (Julien Essai)"), description);
        assertTrue(description.contains(value(event, Property.URL)), "the link back: " + description);
        int sequence = Integer.parseInt(value(event, Property.SEQUENCE));

        meetings.convene(secretary, id);
        event = events(calendar.meetingIcs(member, id)).get(0);
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertTrue(Integer.parseInt(value(event, Property.SEQUENCE)) > sequence, "a change raises the sequence");

        assertThrows(NotFoundException.class, () -> calendar.meetingIcs(outsider, id));
        assertThrows(NotFoundException.class, () -> calendar.meetingIcs(member, Long.MAX_VALUE));
    }

    private int sequence(Actor reader, long meetingId) throws Exception {
        return Integer.parseInt(value(events(calendar.meetingIcs(reader, meetingId)).get(0), Property.SEQUENCE));
    }

    @Test
    void theSequenceChangesWithTheTimeButNotWithTheAgendaNorTheTitle() throws Exception {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        long id = schedule(secretary, BodyCode.WORKING_GROUP, "Groupe " + UUID.randomUUID().toString().substring(0, 8));
        meetings.convene(secretary, id);
        int convened = sequence(member, id);

        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan des concerts", null, 30, null));
        long itemId = meetings.find(secretary, id).agenda().get(0).id();
        meetings.changeAgendaItem(secretary, id, itemId, new AgendaItemText("Bilan 2026", "Julien Essai", 45, null));
        MeetingDetails meeting = meetings.find(secretary, id);
        meetings.reschedule(secretary, id, new MeetingSchedule("Autre titre", meeting.schedule().date(),
                meeting.schedule().start(), meeting.schedule().end(), meeting.schedule().place(), null),
                meeting.version());

        assertEquals(convened, sequence(member, id), "the agenda and the title are not what a calendar reschedules");
        assertTrue(value(events(calendar.meetingIcs(member, id)).get(0), Property.DESCRIPTION).contains("1. Bilan 2026"),
                "the new agenda is there all the same");

        meeting = meetings.find(secretary, id);
        meetings.reschedule(secretary, id, new MeetingSchedule("Autre titre", meeting.schedule().date(),
                LocalTime.of(15, 0), LocalTime.of(17, 0), meeting.schedule().place(), null), meeting.version());

        assertEquals(convened + 1, sequence(member, id), "a new time is a new sequence");
        meetings.cancel(secretary, id, null);
        assertEquals(convened + 2, sequence(member, id), "and so is a new status");
    }

    @Test
    void theFeedCarriesTheMeetingsOfItsOwnersBodiesAndOfTheSteeringCommittee() throws Exception {
        Actor admin = administrator();
        Actor member = person("Karim", BodyCode.WORKING_GROUP);
        long working = schedule(admin, BodyCode.WORKING_GROUP, "Groupe de travail");
        long cancelled = schedule(admin, BodyCode.WORKING_GROUP, "Groupe de travail annulé");
        meetings.cancel(admin, cancelled, "Salle indisponible");
        long steering = schedule(admin, BodyCode.STEERING_COMMITTEE, "Comité de pilotage");
        long departmental = schedule(admin, BodyCode.DEPARTMENTAL_MEETING, "Réunion départementale");

        assertTrue(calendar.feedCreatedAt(member).isEmpty());
        String token = calendar.createFeed(member);
        assertTrue(calendar.feedCreatedAt(member).isPresent());
        Map<String, String> feed = statusByUid(calendar.feedIcs(token));

        assertEquals("TENTATIVE", feed.get(uid(working)));
        assertEquals("CANCELLED", feed.get(uid(cancelled)), "subscribers see it cancelled, not vanished");
        assertEquals("TENTATIVE", feed.get(uid(steering)), "everyone sees the steering committee");
        assertFalse(feed.containsKey(uid(departmental)), "not a body of the owner");
        assertTrue(calendar.feedIcs(token).contains("Salle indisponible"));

        Actor admin2 = administrator();
        Map<String, String> adminFeed = statusByUid(calendar.feedIcs(calendar.createFeed(admin2)));
        assertFalse(adminFeed.containsKey(uid(departmental)), "a feed never grants more than a member's view");
    }

    @Test
    void renewingOrRevokingClosesTheOldAddressAndOnlyItsHashIsKept() throws Exception {
        Actor member = person("Lea", BodyCode.DEPARTMENTAL_MEETING);
        String first = calendar.createFeed(member);
        assertEquals(CalendarFeed.hash(first), storedHash(member));

        String second = calendar.createFeed(member);
        assertThrows(InvalidCalendarTokenException.class, () -> calendar.feedIcs(first));
        assertTrue(calendar.feedIcs(second).startsWith("BEGIN:VCALENDAR"));
        assertEquals(CalendarFeed.hash(second), storedHash(member));

        calendar.revokeFeed(member);
        assertThrows(InvalidCalendarTokenException.class, () -> calendar.feedIcs(second));
        assertTrue(calendar.feedCreatedAt(member).isEmpty());
        assertNull(storedHash(member));

        for (String garbage : new String[] {null, "", "abc", "../../etc/passwd", CalendarFeed.newToken()}) {
            assertThrows(InvalidCalendarTokenException.class, () -> calendar.feedIcs(garbage), garbage);
        }
        assertEquals(List.of("calendar.feed.created", "calendar.feed.revoked", "calendar.feed.created",
                        "calendar.feed.revoked"),
                audit.historyOf("person", member.personId()).stream().map(AuditEntry::action).toList());
    }

    @Test
    void calendarApplicationsReadTheFeedWithoutSigningIn() throws Exception {
        Actor member = person("Nora", BodyCode.WORKING_GROUP);
        long id = schedule(administrator(), BodyCode.WORKING_GROUP, "Groupe de travail");
        String token = calendar.createFeed(member);

        HttpURLConnection feed = get("calendrier/flux/" + token + ".ics");
        assertEquals(200, feed.getResponseCode());
        assertEquals("text/calendar;charset=utf-8", feed.getContentType().replace(" ", "").toLowerCase());
        assertTrue(feed.getHeaderField("Cache-Control").contains("private"));
        assertNull(feed.getHeaderField("Set-Cookie"), "no session for calendar applications");
        String ics = read(feed.getInputStream());
        assertTrue(events(ics).stream().anyMatch(event -> uid(id).equals(value(event, Property.UID))), ics);

        calendar.revokeFeed(member);
        for (String wrong : List.of(token, "pas-un-jeton")) {
            HttpURLConnection refused = get("calendrier/flux/" + wrong + ".ics");
            assertEquals(401, refused.getResponseCode());
            assertTrue(refused.getContentType().startsWith("text/plain"), refused.getContentType());
            assertNull(refused.getHeaderField("WWW-Authenticate"), "no password to ask for");
            assertEquals(INVALID, read(refused.getErrorStream()));
        }
    }

    private HttpURLConnection get(String path) throws IOException {
        // base is the application's root (/interactifs/ under Arquillian)
        HttpURLConnection connection = (HttpURLConnection) new URL(base, path).openConnection();
        connection.setInstanceFollowRedirects(false);
        return connection;
    }

    private static String read(InputStream stream) throws IOException {
        try (InputStream body = stream) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String storedHash(Actor person) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select token_hash from calendar_feed where person_id = ?")) {
            select.setLong(1, person.personId());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
