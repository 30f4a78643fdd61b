package fr.prma.interactifs.governance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.platform.service.BusinessException;

/** The rules of a meeting's life, on a fixed "now": Monday 30 November 2026, 10:00 in Paris. */
class MeetingTest {

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, MeetingSchedule.ZONE).toInstant();
    private static final LocalDate NEXT_WEEK = LocalDate.of(2026, 12, 7);

    private static MeetingSchedule schedule(LocalDate date, String start, String end, String place, String link) {
        return new MeetingSchedule("Comité de pilotage de décembre", date, LocalTime.parse(start), LocalTime.parse(end),
                place, link);
    }

    private static Meeting meeting() {
        return new Meeting(new Body(), schedule(NEXT_WEEK, "14:00", "16:30", "Le Camji, Niort", null), NOW);
    }

    @Test
    void aMeetingIsScheduledInParisTime() {
        Meeting meeting = meeting();

        assertEquals(MeetingStatus.PLANNED, meeting.getStatus());
        assertEquals(ZonedDateTime.of(2026, 12, 7, 14, 0, 0, 0, MeetingSchedule.ZONE).toInstant(),
                meeting.getStartsAt().toInstant());
        assertEquals(LocalTime.of(16, 30), meeting.schedule().end());
    }

    @Test
    void badSchedulesAreRefusedWithTheirReason() {
        assertRefused("meeting.error.inThePast",
                () -> new Meeting(new Body(), schedule(LocalDate.of(2026, 11, 30), "09:00", "11:00", "Niort", null), NOW));
        assertRefused("meeting.error.endBeforeStart",
                () -> new Meeting(new Body(), schedule(NEXT_WEEK, "16:00", "14:00", "Niort", null), NOW));
        assertRefused("meeting.error.titleRequired", () -> new Meeting(new Body(),
                new MeetingSchedule("   ", NEXT_WEEK, LocalTime.NOON, LocalTime.of(13, 0), "Niort", null), NOW));
        assertRefused("meeting.error.whenRequired", () -> new Meeting(new Body(),
                new MeetingSchedule("Réunion", null, LocalTime.NOON, LocalTime.of(13, 0), "Niort", null), NOW));
        assertRefused("meeting.error.whereRequired",
                () -> new Meeting(new Body(), schedule(NEXT_WEEK, "14:00", "16:00", " ", ""), NOW));
    }

    @Test
    void onlyWebAddressesAreAcceptedAsVideoLinks() {
        assertRefused("meeting.error.videoLink", () -> new Meeting(new Body(),
                schedule(NEXT_WEEK, "14:00", "16:00", null, "javascript:alert(1)"), NOW));
        assertRefused("meeting.error.videoLink", () -> new Meeting(new Body(),
                schedule(NEXT_WEEK, "14:00", "16:00", null, "visio du PRMA"), NOW));

        Meeting online = new Meeting(new Body(),
                schedule(NEXT_WEEK, "14:00", "16:00", null, "https://visio.example.org/copil"), NOW);
        assertEquals("https://visio.example.org/copil", online.getVideoLink());
    }

    @Test
    void reschedulingSaysWhatChanged() {
        Meeting meeting = meeting();

        List<MeetingChange> changes = meeting.reschedule(
                schedule(LocalDate.of(2026, 12, 8), "14:00", "16:30", "Boc'Hall, Bressuire", null), NOW);

        assertEquals(List.of(
                new MeetingChange(MeetingChange.Field.DATE, "lundi 7 décembre 2026", "mardi 8 décembre 2026"),
                new MeetingChange(MeetingChange.Field.PLACE, "Le Camji, Niort", "Boc'Hall, Bressuire")), changes);
        assertEquals(LocalDate.of(2026, 12, 8), meeting.schedule().date());
        assertTrue(meeting.reschedule(meeting.schedule(), NOW).isEmpty(), "the same schedule changes nothing");
    }

    @Test
    void theConvocationIsSentOnce() {
        Meeting meeting = meeting();
        meeting.convene(NOW);

        assertEquals(MeetingStatus.CONVENED, meeting.getStatus());
        assertRefused("meeting.error.alreadyConvened", () -> meeting.convene(NOW));
    }

    @Test
    void aCancelledMeetingNoLongerChanges() {
        Meeting meeting = meeting();
        meeting.cancel("  Salle indisponible ", NOW);

        assertEquals(MeetingStatus.CANCELLED, meeting.getStatus());
        assertEquals("Salle indisponible", meeting.getCancellationReason());
        assertRefused("meeting.error.cancelled",
                () -> meeting.addAgendaItem(new AgendaItemText("Budget", null, null, null), NOW));
        assertRefused("meeting.error.cancelled", () -> meeting.reschedule(meeting.schedule(), NOW));
        assertFalse(meeting.isAttendanceRecordable(NOW.plusSeconds(30 * 24 * 3600)));
    }

    @Test
    void onceStartedTheMeetingIsHeldAndItsAgendaIsFrozen() {
        Meeting meeting = meeting();
        meeting.addAgendaItem(new AgendaItemText("Budget 2027", "Nadia Roux", 30, null), NOW);
        Instant during = ZonedDateTime.of(2026, 12, 7, 14, 30, 0, 0, MeetingSchedule.ZONE).toInstant();

        assertTrue(meeting.isHeld(during));
        assertFalse(meeting.isOpen(during));
        assertRefused("meeting.error.held",
                () -> meeting.addAgendaItem(new AgendaItemText("Divers", null, null, null), during));
        assertRefused("meeting.error.held", () -> meeting.cancel(null, during));
        assertEquals(1, meeting.getAgenda().size());
    }

    @Test
    void attendanceIsRecordedFromTheDayOfTheMeeting() {
        Meeting meeting = meeting();

        assertFalse(meeting.isAttendanceRecordable(NOW));
        assertTrue(meeting.isAttendanceRecordable(
                ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, MeetingSchedule.ZONE).toInstant()));
    }

    @Test
    void agendaItemsNeedATitleAndASensibleDuration() {
        Meeting meeting = meeting();

        assertRefused("agenda.error.titleRequired",
                () -> meeting.addAgendaItem(new AgendaItemText(" ", "Nadia Roux", 20, null), NOW));
        assertRefused("agenda.error.duration",
                () -> meeting.addAgendaItem(new AgendaItemText("Budget", null, 0, null), NOW));
        assertRefused("agenda.error.titleTooLong",
                () -> meeting.addAgendaItem(new AgendaItemText("x".repeat(301), null, null, null), NOW));
        assertTrue(meeting.getAgenda().isEmpty());
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
