package fr.prma.interactifs.governance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import fr.prma.interactifs.testing.Entities;

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

    /** An agenda of items numbered as the database would number them: 1, 2, 3… */
    private static Meeting meetingWithAgenda(String... titles) {
        Meeting meeting = meeting();
        long id = 1;
        for (String title : titles) {
            Entities.withId(meeting.addAgendaItem(new AgendaItemText(title, null, 30, null), NOW), id++);
        }
        return meeting;
    }

    private static List<String> titles(Meeting meeting) {
        return meeting.getAgenda().stream().map(AgendaItem::getTitle).toList();
    }

    @Test
    void anItemIsChangedInPlaceAndTheSameTextChangesNothing() {
        Meeting meeting = meetingWithAgenda("Budget 2027");

        assertTrue(meeting.changeAgendaItem(1, new AgendaItemText(" Budget 2027 ", null, 30, " "), NOW).isEmpty(),
                "spaces around and an empty description are what was there");
        AgendaItem changed = meeting.changeAgendaItem(1, new AgendaItemText("Budget 2027 voté", "Nadia Roux", 45,
                "Propositions"), NOW).orElseThrow();

        assertEquals(new AgendaItemText("Budget 2027 voté", "Nadia Roux", 45, "Propositions"), changed.text());
        assertRefused("agenda.error.titleRequired",
                () -> meeting.changeAgendaItem(1, new AgendaItemText("", null, 45, null), NOW));
        assertRefused("agenda.error.duration",
                () -> meeting.changeAgendaItem(1, new AgendaItemText("Budget", null, -5, null), NOW));
        assertRefused("agenda.error.presenterTooLong",
                () -> meeting.changeAgendaItem(1, new AgendaItemText("Budget", "x".repeat(201), null, null), NOW));
        assertRefused("agenda.error.noSuchItem",
                () -> meeting.changeAgendaItem(9, new AgendaItemText("Budget", null, null, null), NOW));
        assertEquals("Budget 2027 voté", changed.getTitle(), "a refused change leaves the item as it was");
    }

    @Test
    void theFirstItemDoesNotMoveUpNorTheLastDownAndSuchAMoveChangesNothing() {
        Meeting meeting = meetingWithAgenda("Bilan", "Budget", "Divers");
        AgendaItem first = meeting.getAgenda().get(0);
        AgendaItem last = meeting.getAgenda().get(2);

        assertFalse(meeting.canMove(first, -1));
        assertFalse(meeting.canMove(last, +1));
        assertTrue(meeting.canMove(first, +1));
        assertTrue(meeting.moveAgendaItem(1, -1, NOW).isEmpty());
        assertTrue(meeting.moveAgendaItem(3, +1, NOW).isEmpty());
        assertEquals(List.of("Bilan", "Budget", "Divers"), titles(meeting));

        assertTrue(meeting.moveAgendaItem(3, -1, NOW).isPresent());
        assertEquals(List.of("Bilan", "Divers", "Budget"), titles(meeting));
    }

    @Test
    void aDragAndDropPutsTheWholeAgendaInItsNewOrder() {
        Meeting meeting = meetingWithAgenda("Bilan", "Budget", "Divers");

        assertTrue(meeting.reorderAgenda(List.of(3L, 1L, 2L), NOW));
        assertEquals(List.of("Divers", "Bilan", "Budget"), titles(meeting));
        assertFalse(meeting.reorderAgenda(List.of(3L, 1L, 2L), NOW), "the same order changes nothing");
        assertRefused("agenda.error.changedMeanwhile", () -> meeting.reorderAgenda(List.of(3L, 1L), NOW));
        assertRefused("agenda.error.changedMeanwhile", () -> meeting.reorderAgenda(List.of(3L, 1L, 1L), NOW));
        assertRefused("agenda.error.changedMeanwhile", () -> meeting.reorderAgenda(List.of(3L, 1L, 7L), NOW));
    }

    @Test
    void theApprovalOfEarlierMinutesGoesFirstAndStaysThere() {
        Meeting meeting = meetingWithAgenda("Bilan", "Budget");
        AgendaItem approval = Entities.withId(meeting.addApprovalItem(
                "Approbation du compte rendu de la séance du lundi 7 décembre 2026", 40, NOW), 3);

        assertEquals(List.of("Approbation du compte rendu de la séance du lundi 7 décembre 2026", "Bilan", "Budget"),
                titles(meeting));
        assertTrue(approval.isApproval());
        assertFalse(meeting.canMove(approval, +1), "it does not go down");
        assertFalse(meeting.canMove(meeting.getAgenda().get(1), -1), "nothing goes above it");
        assertTrue(meeting.moveAgendaItem(1, -1, NOW).isEmpty());

        meeting.reorderAgenda(List.of(2L, 3L, 1L), NOW);

        assertEquals(List.of(3L, 2L, 1L), meeting.getAgenda().stream().map(AgendaItem::getId).toList(),
                "dropped below another item, it is kept first");
    }

    @Test
    void theItemsDurationsAddUpAgainstTheSlot() {
        Meeting meeting = meetingWithAgenda("Bilan", "Budget", "Divers");
        meeting.addAgendaItem(new AgendaItemText("Sans durée", null, null, null), NOW);

        assertEquals(90, meeting.agendaMinutes());
        assertEquals(150, meeting.slotMinutes());
    }

    @Test
    void aMeetingIsUnderWayDuringItsSlotAndHeldAfterIt() {
        Meeting meeting = meeting();
        Instant during = ZonedDateTime.of(2026, 12, 7, 15, 0, 0, 0, MeetingSchedule.ZONE).toInstant();
        Instant after = ZonedDateTime.of(2026, 12, 7, 16, 30, 0, 0, MeetingSchedule.ZONE).toInstant();

        assertEquals(MeetingPhase.PLANNED, meeting.phase(NOW));
        meeting.convene(NOW);
        assertEquals(MeetingPhase.CONVENED, meeting.phase(NOW));
        assertEquals(MeetingPhase.IN_PROGRESS, meeting.phase(during));
        assertEquals(MeetingPhase.HELD, meeting.phase(after));
        meeting.cancel(null, NOW);
        assertEquals(MeetingPhase.CANCELLED, meeting.phase(during));
    }

    @Test
    void afterTheConvocationAgendaChangesAreNotedWithWhoMadeThem() {
        Meeting meeting = meetingWithAgenda("Bilan");
        meeting.noteAgendaChange(7, NOW);
        assertNull(meeting.getAgendaChangedAt(), "before the convocation, the convocation will carry the agenda");

        meeting.convene(NOW);
        meeting.noteAgendaChange(7, NOW);
        meeting.noteAgendaChange(7, NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), meeting.getAgendaChangedAt().toInstant());
        assertEquals(7L, meeting.getAgendaChangedBy());

        meeting.noteAgendaChange(8, NOW.plusSeconds(120));
        assertNull(meeting.getAgendaChangedBy(), "several people changed it: everyone is told");
    }

    @Test
    void theCalendarSequenceChangesOnlyWithDateTimePlaceOrStatus() {
        Meeting meeting = meetingWithAgenda("Bilan");
        int start = meeting.getIcsSequence();

        meeting.reschedule(new MeetingSchedule("Autre titre", NEXT_WEEK, LocalTime.of(14, 0), LocalTime.of(16, 30),
                "Le Camji, Niort", null), NOW);
        meeting.addAgendaItem(new AgendaItemText("Divers", null, null, null), NOW);
        meeting.changeAgendaItem(1, new AgendaItemText("Bilan 2026", null, null, null), NOW);
        assertEquals(start, meeting.getIcsSequence(), "title and agenda are not what a calendar reschedules");

        meeting.reschedule(schedule(NEXT_WEEK, "15:00", "16:30", "Le Camji, Niort", null), NOW);
        assertEquals(start + 1, meeting.getIcsSequence());
        meeting.reschedule(schedule(NEXT_WEEK, "15:00", "16:30", "Boc'Hall, Bressuire", null), NOW);
        assertEquals(start + 2, meeting.getIcsSequence());
        meeting.convene(NOW);
        assertEquals(start + 3, meeting.getIcsSequence());
        meeting.cancel(null, NOW);
        assertEquals(start + 4, meeting.getIcsSequence());
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
