package fr.prma.interactifs.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.audit.service.AuditEntry;
import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.service.Deposit;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.Library.DocumentChoice;
import fr.prma.interactifs.governance.entity.AgendaItemText;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MeetingStatus;
import fr.prma.interactifs.governance.service.AgendaChangeNotices;
import fr.prma.interactifs.governance.service.AgendaEntry;
import fr.prma.interactifs.governance.service.AttendanceLine;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.MeetingDetails;
import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.governance.service.Quorum;
import fr.prma.interactifs.governance.service.ScheduleOutcome;
import fr.prma.interactifs.notifications.service.NotificationView;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.testing.Deployments;
import fr.prma.interactifs.testing.TestPeople;
import fr.prma.interactifs.testing.TimeTravel;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

/**
 * Meetings inside Payara Micro, on the configured database: scheduling, agenda, convocation, answers,
 * attendance, and above all who may see and do what. Each test signs in people of its own (random subjects)
 * and schedules its own meetings, so the tests do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(MeetingServicesIT.class);
    }

    @EJB
    private Meetings meetings;

    @EJB
    private Notifications notifications;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private PeopleDirectory people;

    @EJB
    private AuditTrail audit;

    @EJB
    private MeetingMinutes minutes;

    @EJB
    private Library library;

    @EJB
    private AgendaChangeNotices agendaNotices;

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    private Actor person(String firstName, BodyCode body, BodyRole... roles) {
        return TestPeople.signIn(people, firstName, body, roles);
    }

    private static MeetingSchedule nextWeek(String title, String start, String end) {
        return new MeetingSchedule(title, LocalDate.now(MeetingSchedule.ZONE).plusDays(7), LocalTime.parse(start),
                LocalTime.parse(end), "Le Camji, Niort", null);
    }

    private static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSecretaryPreparesTheAgendaAndConvenesTheWholeBody() {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor outsider = person("Sarah", null);
        String title = uniqueTitle("Groupe de travail");

        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(title, "14:00", "16:00")).meetingId();
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan des concerts", "Julien Essai", 30, null));
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Budget 2027", null, 45, "Propositions"));
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Questions diverses", null, null, null));
        List<AgendaEntry> agenda = meetings.find(secretary, id).agenda();
        meetings.moveAgendaItem(secretary, id, agenda.get(2).id(), -1);
        meetings.removeAgendaItem(secretary, id, agenda.get(0).id());

        assertEquals(List.of("Questions diverses", "Budget 2027"),
                meetings.find(member, id).agenda().stream().map(AgendaEntry::title).toList());
        assertTrue(meetings.awaitingAnswer(member).stream().noneMatch(m -> m.id() == id),
                "nothing to answer before the convocation");

        meetings.convene(secretary, id);

        NotificationView convocation = notifications.latest(member.personId()).get(0);
        assertTrue(convocation.subject().startsWith("Convocation : Groupe de travail resserré"), convocation.subject());
        assertTrue(convocation.detail().contains(title) && convocation.detail().contains("1. Questions diverses"),
                convocation.detail());
        assertEquals("/instances/reunion.xhtml?reunion=" + id, convocation.path());
        assertEquals(1, notifications.unreadCount(member.personId()));
        assertEquals(0, notifications.unreadCount(outsider.personId()), "people outside the body are not told");
        assertEquals(0, notifications.unreadCount(secretary.personId()),
                "the secretary is not told of her own convocation");
        assertTrue(meetings.awaitingAnswer(member).stream().anyMatch(m -> m.id() == id));
        assertTrue(meetings.upcomingFor(member, Integer.MAX_VALUE).stream().anyMatch(m -> m.id() == id));

        meetings.answer(member, id, AttendanceAnswer.PRESENT, null);

        assertTrue(meetings.awaitingAnswer(member).stream().noneMatch(m -> m.id() == id));
        MeetingDetails seenBySecretary = meetings.find(secretary, id);
        AttendanceLine line = seenBySecretary.attendance().stream()
                .filter(l -> l.personId() == member.personId()).findFirst().orElseThrow();
        assertEquals(AttendanceAnswer.PRESENT, line.answer());
        assertTrue(seenBySecretary.expectedQuorum().present() >= 1);
        assertEquals(List.of("meeting.scheduled", "meeting.agenda.added", "meeting.agenda.added",
                        "meeting.agenda.added", "meeting.agenda.movedUp", "meeting.agenda.removed", "meeting.convened",
                        "meeting.answered"),
                seenBySecretary.history().stream().map(AuditEntry::action).toList());
        assertTrue(seenBySecretary.history().stream().allMatch(entry -> entry.actorName().endsWith("Essai")));
        assertTrue(meetings.find(member, id).attendance().isEmpty(), "members do not see each other's answers");
    }

    @Test
    void onlyTheBodysMembersSeeItsMeetingsAndAGuessedIdIsNotFound() {
        Actor secretary = person("Camille", BodyCode.DEPARTMENTAL_MEETING, BodyRole.SECRETARY);
        Actor member = person("Thomas", BodyCode.DEPARTMENTAL_MEETING);
        Actor outsider = person("Paul", BodyCode.STEERING_COMMITTEE);
        long id = meetings.schedule(secretary, BodyCode.DEPARTMENTAL_MEETING,
                nextWeek(uniqueTitle("Réunion départementale"), "10:00", "12:00")).meetingId();

        assertEquals(id, meetings.find(member, id).id());
        assertThrows(NotFoundException.class, () -> meetings.find(outsider, id));
        assertThrows(NotFoundException.class, () -> meetings.answer(outsider, id, AttendanceAnswer.PRESENT, null));
        assertThrows(NotFoundException.class, () -> meetings.cancel(outsider, id, null));
        assertThrows(NotFoundException.class, () -> meetings.find(outsider, Long.MAX_VALUE));
        assertTrue(meetings.meetingsOf(outsider, BodyCode.DEPARTMENTAL_MEETING).isEmpty());
        assertTrue(meetings.meetingsOf(member, BodyCode.DEPARTMENTAL_MEETING).stream().anyMatch(m -> m.id() == id));
        assertTrue(meetings.upcomingFor(outsider, Integer.MAX_VALUE).stream().noneMatch(m -> m.id() == id));
        assertRefused("meeting.error.notMember", () -> meetings.schedule(outsider, BodyCode.DEPARTMENTAL_MEETING,
                nextWeek("Réunion pirate", "10:00", "12:00")));
    }

    @Test
    void onlySecretariesTheChairAndAdministratorsChangeAMeeting() {
        Actor chair = person("Marc", BodyCode.WORKING_GROUP, BodyRole.CHAIR);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(person("Nadia", null).personId(), true);
        long id = meetings.schedule(chair, BodyCode.WORKING_GROUP, nextWeek(uniqueTitle("GT"), "09:00", "10:00"))
                .meetingId();

        assertRefused("meeting.error.notSecretary", () -> meetings.addAgendaItem(member, id,
                new AgendaItemText("Point ajouté par un membre", null, null, null)));
        assertRefused("meeting.error.notSecretary", () -> meetings.convene(member, id));
        assertRefused("meeting.error.notSecretary", () -> meetings.cancel(member, id, "non"));
        assertFalse(meetings.find(member, id).canChange());

        meetings.addAgendaItem(administrator, id, new AgendaItemText("Point de l’administration", null, 15, null));
        assertEquals(1, meetings.find(chair, id).agenda().size());
        assertTrue(meetings.find(administrator, id).canChange());
    }

    @Test
    void everyoneSeesTheSteeringCommitteesMeetingsButOnlyItsMembersAnswer() {
        Actor secretary = person("Lucie", BodyCode.STEERING_COMMITTEE, BodyRole.SECRETARY);
        Actor nobody = person("Sarah", null);
        long id = meetings.schedule(secretary, BodyCode.STEERING_COMMITTEE,
                nextWeek(uniqueTitle("Comité de pilotage"), "14:00", "17:00")).meetingId();
        meetings.convene(secretary, id);

        assertFalse(meetings.find(nobody, id).canAnswer());
        assertTrue(meetings.upcomingFor(nobody, Integer.MAX_VALUE).stream().anyMatch(m -> m.id() == id));
        assertRefused("attendance.error.notMember", () -> meetings.answer(nobody, id, AttendanceAnswer.PRESENT, null));
    }

    @Test
    void aProxyGoesOnlyToAnotherMemberOfTheBody() {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor colleague = person("Marc", BodyCode.WORKING_GROUP);
        Actor outsider = person("Paul", BodyCode.STEERING_COMMITTEE);
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(uniqueTitle("GT"), "14:00", "15:00"))
                .meetingId();
        assertRefused("attendance.error.closed", () -> meetings.answer(member, id, AttendanceAnswer.PRESENT, null));
        meetings.convene(secretary, id);

        assertRefused("attendance.error.proxyOutsideBody",
                () -> meetings.answer(member, id, AttendanceAnswer.EXCUSED, outsider.personId()));
        assertNull(meetings.find(member, id).myAnswer(), "a refused answer is not half recorded");

        meetings.answer(colleague, id, AttendanceAnswer.PRESENT, null);
        meetings.answer(member, id, AttendanceAnswer.EXCUSED, colleague.personId());

        MeetingDetails mine = meetings.find(member, id);
        assertEquals(AttendanceAnswer.EXCUSED, mine.myAnswer());
        assertEquals(colleague.personId(), mine.myProxyId());
        assertTrue(mine.proxyChoices().stream().noneMatch(choice -> choice.personId() == member.personId()));
        MeetingDetails seenBySecretary = meetings.find(secretary, id);
        assertTrue(seenBySecretary.expectedQuorum().represented() >= 1);
        assertEquals("Marc Essai", seenBySecretary.attendance().stream()
                .filter(line -> line.personId() == member.personId()).findFirst().orElseThrow().proxyName());
    }

    @Test
    void membersAreToldWhatChangedAndWhenTheMeetingIsCancelled() {
        Actor secretary = person("Camille", BodyCode.DEPARTMENTAL_MEETING, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.DEPARTMENTAL_MEETING);
        String title = uniqueTitle("Réunion départementale");
        long id = meetings.schedule(secretary, BodyCode.DEPARTMENTAL_MEETING, nextWeek(title, "10:00", "12:00"))
                .meetingId();
        meetings.convene(secretary, id);
        MeetingDetails before = meetings.find(secretary, id);

        meetings.reschedule(secretary, id, new MeetingSchedule(title, before.schedule().date(), LocalTime.of(14, 0),
                LocalTime.of(16, 0), "Boc'Hall, Bressuire", "https://visio.example.org/rd"), before.version());

        NotificationView change = notifications.latest(member.personId()).get(0);
        assertTrue(change.subject().startsWith("Réunion modifiée"), change.subject());
        assertTrue(change.detail().contains("Horaire : 10:00 - 12:00 → 14:00 - 16:00"), change.detail());
        assertTrue(change.detail().contains("Lieu : Le Camji, Niort → Boc'Hall, Bressuire"), change.detail());
        assertRefused("meeting.error.stale", () -> meetings.reschedule(secretary, id, before.schedule(),
                before.version()));

        meetings.cancel(secretary, id, "Salle indisponible");

        NotificationView cancellation = notifications.latest(member.personId()).get(0);
        assertTrue(cancellation.subject().startsWith("Réunion annulée"), cancellation.subject());
        assertTrue(cancellation.detail().contains("Motif : Salle indisponible"), cancellation.detail());
        assertEquals(3, notifications.unreadCount(member.personId()));
        assertEquals(0, notifications.unreadCount(secretary.personId()),
                "the secretary is told neither of her change nor of her cancellation");
        assertEquals(MeetingStatus.CANCELLED, meetings.find(member, id).status());
        assertTrue(meetings.upcomingFor(member, Integer.MAX_VALUE).stream().noneMatch(m -> m.id() == id));
        assertRefused("attendance.error.closed", () -> meetings.answer(member, id, AttendanceAnswer.PRESENT, null));

        notifications.markAllRead(member.personId());
        assertEquals(0, notifications.unreadCount(member.personId()));
        assertTrue(notifications.latest(member.personId()).stream().allMatch(NotificationView::read));
    }

    @Test
    void aMeetingOverlappingAnotherOfTheSameBodyIsScheduledWithAWarning() {
        Actor secretary = person("Lucie", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        LocalDate day = LocalDate.now(MeetingSchedule.ZONE).plusDays(200 + (int) (Math.random() * 300));
        long first = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule(uniqueTitle("Matin"), day,
                LocalTime.of(9, 0), LocalTime.of(12, 0), "Niort", null)).meetingId();

        ScheduleOutcome second = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule(
                uniqueTitle("Fin de matinée"), day, LocalTime.of(11, 0), LocalTime.of(13, 0), "Niort", null));
        ScheduleOutcome afternoon = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule(
                uniqueTitle("Après-midi"), day, LocalTime.of(13, 0), LocalTime.of(15, 0), "Niort", null));

        assertTrue(second.overlaps().stream().map(MeetingSummary::id).anyMatch(overlap -> overlap == first));
        assertTrue(afternoon.overlaps().stream().noneMatch(overlap -> overlap.id() == first),
                "a meeting that starts when the other ends does not overlap it");
    }

    @Test
    void theSecretaryRecordsAttendanceOnTheDayAndTheAgendaIsThenFrozen() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(uniqueTitle("GT"), "14:00", "16:00"))
                .meetingId();
        meetings.convene(secretary, id);
        assertRefused("attendance.error.notYet",
                () -> meetings.recordAttendance(secretary, id, Map.of(member.personId(), AttendanceAnswer.PRESENT)));

        TimeTravel.meetingStartedAnHourAgo(dataSource, id);

        meetings.recordAttendance(secretary, id, Map.of(member.personId(), AttendanceAnswer.PRESENT,
                secretary.personId(), AttendanceAnswer.PRESENT));
        MeetingDetails held = meetings.find(secretary, id);
        assertTrue(held.held());
        assertTrue(held.recordedQuorum().present() >= 2);
        assertEquals(AttendanceAnswer.PRESENT, held.attendance().stream()
                .filter(line -> line.personId() == member.personId()).findFirst().orElseThrow().attended());
        assertRefused("meeting.error.held",
                () -> meetings.addAgendaItem(secretary, id, new AgendaItemText("Trop tard", null, null, null)));
        assertRefused("attendance.error.notMember", () -> meetings.recordAttendance(secretary, id,
                Map.of(person("Paul", null).personId(), AttendanceAnswer.PRESENT)));
        assertRefused("meeting.error.notSecretary", () -> meetings.recordAttendance(member, id,
                Map.of(member.personId(), AttendanceAnswer.ABSENT)));
    }

    @Test
    void administratorsSetABodysQuorumAndTheMeetingsCountWithIt() {
        Actor secretary = person("Camille", BodyCode.DEPARTMENTAL_MEETING, BodyRole.SECRETARY);
        Actor administrator = new Actor(person("Nadia", null).personId(), true);
        long id = meetings.schedule(secretary, BodyCode.DEPARTMENTAL_MEETING,
                nextWeek(uniqueTitle("Réunion départementale"), "10:00", "12:00")).meetingId();
        int before = memberships.findBody(BodyCode.DEPARTMENTAL_MEETING).orElseThrow().quorumPercent();
        try {
            assertRefused("body.quorum.forbidden", () -> memberships.changeQuorum(secretary,
                    BodyCode.DEPARTMENTAL_MEETING, 100));
            assertRefused("body.quorum.invalid", () -> memberships.changeQuorum(administrator,
                    BodyCode.DEPARTMENTAL_MEETING, 0));
            assertRefused("body.quorum.invalid", () -> memberships.changeQuorum(administrator,
                    BodyCode.DEPARTMENTAL_MEETING, null));

            memberships.changeQuorum(administrator, BodyCode.DEPARTMENTAL_MEETING, 100);

            MeetingDetails meeting = meetings.find(secretary, id);
            assertEquals(100, meeting.expectedQuorum().percent());
            assertEquals(meeting.expectedQuorum().members(), meeting.expectedQuorum().required());
        } finally {
            memberships.changeQuorum(administrator, BodyCode.DEPARTMENTAL_MEETING, before);
        }
    }

    @Test
    void aProxyThatWouldLoopChainOrPassTheBodysCapIsRefusedAndOnlyAdministratorsSetTheCap() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor camille = person("Camille", BodyCode.WORKING_GROUP);
        Actor marc = person("Marc", BodyCode.WORKING_GROUP);
        Actor nadia = person("Nadia", BodyCode.WORKING_GROUP);
        Actor ines = person("Ines", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(person("Paul", null).personId(), true);
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(uniqueTitle("GT"), "14:00", "16:00"))
                .meetingId();
        meetings.convene(secretary, id);
        int before = memberships.findBody(BodyCode.WORKING_GROUP).orElseThrow().maxProxies();
        try {
            memberships.changeMaxProxies(administrator, BodyCode.WORKING_GROUP, 1);
            meetings.answer(camille, id, AttendanceAnswer.EXCUSED, marc.personId());

            assertRefused("attendance.error.proxyLoop",
                    () -> meetings.answer(marc, id, AttendanceAnswer.EXCUSED, camille.personId()));
            assertRefused("attendance.error.proxyHeld",
                    () -> meetings.answer(marc, id, AttendanceAnswer.ABSENT, nadia.personId()));
            assertRefused("attendance.error.proxyChain",
                    () -> meetings.answer(nadia, id, AttendanceAnswer.EXCUSED, camille.personId()));
            assertRefused("attendance.error.proxyCap",
                    () -> meetings.answer(nadia, id, AttendanceAnswer.EXCUSED, marc.personId()));
            assertNull(meetings.find(marc, id).myAnswer(), "a refused answer is not half recorded");
            assertNull(meetings.find(nadia, id).myAnswer(), "a refused answer is not half recorded");
            meetings.answer(camille, id, AttendanceAnswer.ABSENT, marc.personId());
            assertEquals(AttendanceAnswer.ABSENT, meetings.find(camille, id).myAnswer(),
                    "changing one's answer while keeping the holder is not refused by the cap");
            meetings.answer(marc, id, AttendanceAnswer.PRESENT, null);

            assertRefused("body.maxProxies.forbidden",
                    () -> memberships.changeMaxProxies(secretary, BodyCode.WORKING_GROUP, 2));
            assertRefused("body.maxProxies.invalid",
                    () -> memberships.changeMaxProxies(administrator, BodyCode.WORKING_GROUP, 0));
            assertRefused("body.maxProxies.invalid",
                    () -> memberships.changeMaxProxies(administrator, BodyCode.WORKING_GROUP, 11));
            assertRefused("body.maxProxies.invalid",
                    () -> memberships.changeMaxProxies(administrator, BodyCode.WORKING_GROUP, null));
            assertEquals(1, memberships.findBody(BodyCode.WORKING_GROUP).orElseThrow().maxProxies());

            memberships.changeMaxProxies(administrator, BodyCode.WORKING_GROUP, 2);

            assertEquals(2, memberships.findBody(BodyCode.WORKING_GROUP).orElseThrow().maxProxies());
            meetings.answer(nadia, id, AttendanceAnswer.EXCUSED, marc.personId());
            assertEquals(List.of("Camille Essai", "Nadia Essai"), meetings.find(marc, id).proxiesHeld());
            assertRefused("attendance.error.proxyCap",
                    () -> meetings.answer(ines, id, AttendanceAnswer.EXCUSED, marc.personId()));
            Quorum expected = meetings.find(secretary, id).expectedQuorum();
            assertEquals(1, expected.present(), "Marc");
            assertEquals(2, expected.represented(), "Camille and Nadia, by Marc");
            List<AuditEntry> bodyHistory = audit.historyOf("body", bodyId(BodyCode.WORKING_GROUP));
            assertTrue(bodyHistory.stream().anyMatch(entry -> entry.action().equals("body.maxProxies")
                    && entry.detail().equals("1 → 2")), bodyHistory.toString());
        } finally {
            memberships.changeMaxProxies(administrator, BodyCode.WORKING_GROUP, before);
        }
    }

    @Test
    void theHolderOfAProxyIsToldAndSeesWhoseProxyTheyHoldAndTheGiverSeesWhoHoldsTheirs() {
        Actor secretary = person("Camille", BodyCode.DEPARTMENTAL_MEETING, BodyRole.SECRETARY);
        Actor giver = person("Thomas", BodyCode.DEPARTMENTAL_MEETING);
        Actor holder = person("Marc", BodyCode.DEPARTMENTAL_MEETING);
        Actor other = person("Nadia", BodyCode.DEPARTMENTAL_MEETING);
        String title = uniqueTitle("Réunion départementale");
        MeetingSchedule schedule = nextWeek(title, "10:00", "12:00");
        long id = meetings.schedule(secretary, BodyCode.DEPARTMENTAL_MEETING, schedule).meetingId();
        meetings.convene(secretary, id);
        long holderUnread = notifications.unreadCount(holder.personId());
        long giverUnread = notifications.unreadCount(giver.personId());

        meetings.answer(giver, id, AttendanceAnswer.EXCUSED, holder.personId());

        NotificationView told = notifications.latest(holder.personId()).get(0);
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(schedule.date());
        assertTrue(told.subject().startsWith("Pouvoir confié : Réunion départementale, " + day), told.subject());
        assertTrue(told.detail().startsWith("Thomas Essai vous confie son pouvoir pour la réunion « " + title
                + " » (Réunion départementale) du " + day + "."), told.detail());
        assertEquals("/instances/reunion.xhtml?reunion=" + id, told.path());
        assertEquals(holderUnread + 1, notifications.unreadCount(holder.personId()));
        assertEquals(giverUnread, notifications.unreadCount(giver.personId()), "nobody is told of their own action");
        MeetingDetails seenByHolder = meetings.find(holder, id);
        assertTrue(seenByHolder.holdsProxies());
        assertEquals(List.of("Thomas Essai"), seenByHolder.proxiesHeld());
        MeetingDetails seenByGiver = meetings.find(giver, id);
        assertTrue(seenByGiver.gaveProxy());
        assertEquals("Marc Essai", seenByGiver.myProxyName());
        assertFalse(seenByGiver.holdsProxies());

        meetings.answer(giver, id, AttendanceAnswer.ABSENT, holder.personId());
        assertEquals(holderUnread + 1, notifications.unreadCount(holder.personId()),
                "the holder is not told again while they keep the proxy");

        meetings.answer(giver, id, AttendanceAnswer.EXCUSED, other.personId());

        assertTrue(notifications.latest(other.personId()).get(0).subject().startsWith("Pouvoir confié : "));
        NotificationView takenBack = notifications.latest(holder.personId()).get(0);
        assertTrue(takenBack.subject().startsWith("Pouvoir repris : Réunion départementale"), takenBack.subject());
        assertTrue(takenBack.detail().startsWith("Thomas Essai ne vous confie plus son pouvoir"), takenBack.detail());
        assertTrue(meetings.find(holder, id).proxiesHeld().isEmpty());
        assertEquals(List.of("Thomas Essai"), meetings.find(other, id).proxiesHeld());
        assertEquals("Nadia Essai", meetings.find(giver, id).myProxyName());
        assertEquals(giverUnread, notifications.unreadCount(giver.personId()), "nobody is told of their own action");
    }

    // --- Agendas --------------------------------------------------------------------------------------------

    private List<String> titles(Actor actor, long meetingId) {
        return meetings.find(actor, meetingId).agenda().stream().map(AgendaEntry::title).toList();
    }

    private List<String> actions(Actor secretary, long meetingId) {
        return meetings.find(secretary, meetingId).history().stream().map(AuditEntry::action).toList();
    }

    @Test
    void anItemIsEditedInPlaceAndOnlyARealChangeReachesTheHistory() {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(uniqueTitle("GT"), "14:00", "16:00"))
                .meetingId();
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan des concerts", "Julien Essai", 30, null));
        long itemId = meetings.find(secretary, id).agenda().get(0).id();

        meetings.changeAgendaItem(secretary, id, itemId, new AgendaItemText(" Bilan des concerts ", "Julien Essai", 30,
                ""));
        assertEquals(List.of("meeting.scheduled", "meeting.agenda.added"), actions(secretary, id),
                "saved unchanged, nothing is written");

        meetings.changeAgendaItem(secretary, id, itemId, new AgendaItemText("Bilan de la saison", "Marc Essai", 45,
                "Chiffres de fréquentation"));

        AgendaEntry item = meetings.find(member, id).agenda().get(0);
        assertEquals(List.of("Bilan de la saison", "Marc Essai", 45, "Chiffres de fréquentation"),
                List.of(item.title(), item.presenter(), item.durationMinutes(), item.description()));
        assertEquals(List.of("meeting.scheduled", "meeting.agenda.added", "meeting.agenda.changed"),
                actions(secretary, id));
        assertRefused("agenda.error.titleRequired", () -> meetings.changeAgendaItem(secretary, id, itemId,
                new AgendaItemText("  ", null, null, null)));
        assertRefused("agenda.error.duration", () -> meetings.changeAgendaItem(secretary, id, itemId,
                new AgendaItemText("Bilan", null, -10, null)));
        assertRefused("agenda.error.titleTooLong", () -> meetings.changeAgendaItem(secretary, id, itemId,
                new AgendaItemText("x".repeat(301), null, null, null)));
        assertRefused("meeting.error.notSecretary", () -> meetings.changeAgendaItem(member, id, itemId,
                new AgendaItemText("Point d’un membre", null, null, null)));
        assertEquals("Bilan de la saison", meetings.find(member, id).agenda().get(0).title(), "refusals change nothing");
        assertEquals(3, actions(secretary, id).size());
    }

    @Test
    void itemsAreReorderedAndAMoveThatChangesNothingWritesNothing() {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(uniqueTitle("GT"), "14:00", "15:00"))
                .meetingId();
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan", null, 30, null));
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Budget", null, 20, null));
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Divers", null, 25, null));
        List<AgendaEntry> agenda = meetings.find(secretary, id).agenda();
        assertEquals(List.of(false, true, true), agenda.stream().map(AgendaEntry::canMoveUp).toList(),
                "the first item is not offered to move up");
        assertEquals(List.of(true, true, false), agenda.stream().map(AgendaEntry::canMoveDown).toList(),
                "the last item is not offered to move down");

        meetings.moveAgendaItem(secretary, id, agenda.get(0).id(), -1);
        meetings.moveAgendaItem(secretary, id, agenda.get(2).id(), +1);
        meetings.reorderAgenda(secretary, id, agenda.stream().map(AgendaEntry::id).toList());
        assertEquals(4, actions(secretary, id).size(), "nothing moved, nothing written: " + actions(secretary, id));

        meetings.reorderAgenda(secretary, id, List.of(agenda.get(2).id(), agenda.get(0).id(), agenda.get(1).id()));

        assertEquals(List.of("Divers", "Bilan", "Budget"), titles(secretary, id));
        assertEquals("meeting.agenda.reordered", actions(secretary, id).get(4));
        assertRefused("agenda.error.changedMeanwhile", () -> meetings.reorderAgenda(secretary, id,
                List.of(agenda.get(2).id(), agenda.get(0).id())));
        MeetingDetails meeting = meetings.find(secretary, id);
        assertEquals(75, meeting.agendaMinutes());
        assertEquals(60, meeting.slotMinutes());
        assertTrue(meeting.agendaOverruns(), "75 minutes of items in a one-hour slot");
    }

    @Test
    void theApprovalOfThePreviousMinutesGoesFirstAndStaysFirst() throws SQLException {
        Actor secretary = person("Camille", BodyCode.DEPARTMENTAL_MEETING, BodyRole.SECRETARY);
        long held = meetings.schedule(secretary, BodyCode.DEPARTMENTAL_MEETING,
                nextWeek(uniqueTitle("Réunion départementale"), "10:00", "12:00")).meetingId();
        meetings.convene(secretary, held);
        meetings.answer(secretary, held, AttendanceAnswer.PRESENT, null);
        TimeTravel.meetingStartedAnHourAgo(dataSource, held);
        long minutesId = minutes.open(secretary, held);
        int version = minutes.writeDiscussion(secretary, minutesId,
                minutes.overview(secretary, held).draft().version(), 0, "<p>Tour de table.</p>");
        minutes.publish(secretary, minutesId, version);
        long next = meetings.schedule(secretary, BodyCode.DEPARTMENTAL_MEETING,
                nextWeek(uniqueTitle("Réunion départementale"), "14:00", "16:00")).meetingId();
        meetings.addAgendaItem(secretary, next, new AgendaItemText("Bilan", null, null, null));
        meetings.addAgendaItem(secretary, next, new AgendaItemText("Budget", null, null, null));

        meetings.addMinutesApproval(secretary, next);

        List<AgendaEntry> agenda = meetings.find(secretary, next).agenda();
        assertTrue(agenda.get(0).title().startsWith("Approbation du compte rendu de la séance du "), agenda.toString());
        assertTrue(agenda.get(0).approval());
        assertFalse(agenda.get(0).canMoveDown(), "it does not go down");
        assertFalse(agenda.get(1).canMoveUp(), "nothing goes above it");
        meetings.reorderAgenda(secretary, next, List.of(agenda.get(2).id(), agenda.get(1).id(), agenda.get(0).id()));
        assertEquals(List.of(agenda.get(0).title(), "Budget", "Bilan"), titles(secretary, next),
                "dropped last, it is kept first");
    }

    private long deposit(Actor actor, String title, BodyCode... bodies) {
        return library.deposit(actor, new Deposit(new ByteArrayInputStream(
                "Étude sur la mutualisation des salles du département.".getBytes(StandardCharsets.UTF_8)),
                "etude.txt", new DocumentDescription(title, null, DocumentCategory.RESEARCH, List.of()),
                Set.of(bodies))).documentId();
    }

    @Test
    void anItemCarriesDocumentsThatEachReaderSeesOnlyIfTheyMayReadThem() {
        Actor secretary = person("Lucie", BodyCode.STEERING_COMMITTEE, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.STEERING_COMMITTEE);
        Actor outsider = person("Sarah", null);
        Actor workingGroup = person("Marc", BodyCode.WORKING_GROUP);
        String word = "Mutualisation" + UUID.randomUUID().toString().substring(0, 6);
        long forAll = deposit(secretary, word + " : étude publique");
        long forCommittee = deposit(secretary, word + " : budget réservé au comité", BodyCode.STEERING_COMMITTEE);
        long forWorkingGroup = deposit(workingGroup, word + " : notes du groupe de travail", BodyCode.WORKING_GROUP);
        long id = meetings.schedule(secretary, BodyCode.STEERING_COMMITTEE,
                nextWeek(uniqueTitle("Comité de pilotage"), "14:00", "17:00")).meetingId();
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Mutualisation des salles", null, 30, null));
        long itemId = meetings.find(secretary, id).agenda().get(0).id();

        assertEquals(List.of(forCommittee, forAll), meetings.documentsToAttach(secretary, word.toLowerCase())
                .stream().map(DocumentChoice::id).toList(), "by title, without case; only what she may read");
        meetings.attachDocument(secretary, id, itemId, forAll);
        meetings.attachDocument(secretary, id, itemId, forCommittee);
        meetings.attachDocument(secretary, id, itemId, forCommittee);
        assertRefused("agenda.error.documentNotReadable",
                () -> meetings.attachDocument(secretary, id, itemId, forWorkingGroup));
        assertRefused("meeting.error.notSecretary", () -> meetings.attachDocument(member, id, itemId, forAll));

        assertEquals(List.of(forCommittee, forAll), documentIds(member, id), "by title");
        assertEquals(List.of(forAll), documentIds(outsider, id), "the committee's budget is not even named");
        assertTrue(meetings.find(outsider, id).agenda().get(0).documents().stream()
                .noneMatch(document -> document.title().contains("budget")));
        assertEquals(2, actions(secretary, id).stream().filter("meeting.agenda.documentAttached"::equals).count(),
                "attaching it twice writes it once");
        assertTrue(meetings.find(secretary, id).history().stream().noneMatch(entry -> entry.detail() != null
                && entry.detail().contains("budget")), "the history names documents by number, not title");

        meetings.detachDocument(secretary, id, itemId, forCommittee);
        assertEquals(List.of(forAll), documentIds(member, id));
    }

    private List<Long> documentIds(Actor reader, long meetingId) {
        return meetings.find(reader, meetingId).agenda().get(0).documents().stream().map(DocumentChoice::id).toList();
    }

    @Test
    void afterTheConvocationAgendaChangesReachTheMembersOnceGroupedAndNotWhoMadeThem() {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        String title = uniqueTitle("GT");
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, nextWeek(title, "14:00", "16:00")).meetingId();
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan", null, 30, null));
        meetings.convene(secretary, id);
        long memberUnread = notifications.unreadCount(member.personId());
        long secretaryUnread = notifications.unreadCount(secretary.personId());

        meetings.addAgendaItem(secretary, id, new AgendaItemText("Budget 2027", null, 20, null));
        List<AgendaEntry> agenda = meetings.find(secretary, id).agenda();
        meetings.changeAgendaItem(secretary, id, agenda.get(0).id(), new AgendaItemText("Bilan 2026", null, 30, null));
        meetings.reorderAgenda(secretary, id, List.of(agenda.get(1).id(), agenda.get(0).id()));
        assertEquals(memberUnread, notifications.unreadCount(member.personId()), "nothing yet, while she works");
        Instant later = Instant.now().plus(AgendaChangeNotices.QUIET).plusSeconds(60);

        assertTrue(agendaNotices.sendDue(later) >= 1);
        agendaNotices.sendDue(later.plusSeconds(600));

        assertEquals(memberUnread + 1, notifications.unreadCount(member.personId()), "told once, for all the changes");
        NotificationView notice = notifications.latest(member.personId()).get(0);
        assertTrue(notice.subject().startsWith("Ordre du jour modifié : Groupe de travail resserré, "),
                notice.subject());
        assertTrue(notice.detail().contains(title) && notice.detail().contains("1. Budget 2027\n2. Bilan 2026"),
                notice.detail());
        assertEquals("/instances/reunion.xhtml?reunion=" + id, notice.path());
        assertEquals(secretaryUnread, notifications.unreadCount(secretary.personId()),
                "nobody is told of their own changes");

        meetings.removeAgendaItem(secretary, id, agenda.get(1).id());
        agendaNotices.sendDue(Instant.now().plus(AgendaChangeNotices.QUIET).plusSeconds(60));
        assertEquals(memberUnread + 2, notifications.unreadCount(member.personId()), "a later change, a later notice");
    }

    private long bodyId(BodyCode code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select id from body where code = ?")) {
            query.setString(1, code.name());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
