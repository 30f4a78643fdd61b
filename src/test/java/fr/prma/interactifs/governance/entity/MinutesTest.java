package fr.prma.interactifs.governance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.platform.service.BusinessException;

/**
 * The minutes' state machine, every allowed and every refused transition, on a meeting held on Monday
 * 7 December 2026 from 14:00 to 16:00 (Paris); "now" is the day after.
 */
class MinutesTest {

    private static final Instant SCHEDULED = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, MeetingSchedule.ZONE)
            .toInstant();
    private static final Instant NOW = ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, MeetingSchedule.ZONE).toInstant();

    private static Meeting heldMeeting(String... agenda) {
        Meeting meeting = new Meeting(new Body(), new MeetingSchedule("Groupe de travail", LocalDate.of(2026, 12, 7),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "Le Camji", null), SCHEDULED);
        for (String item : agenda) {
            meeting.addAgendaItem(new AgendaItemText(item, null, null, null), SCHEDULED);
        }
        return meeting;
    }

    private static List<MinutesAttendee> attendance() {
        return List.of(new MinutesAttendee(1, "Julien Moreau", "Le Camji", AttendanceAnswer.PRESENT, null),
                new MinutesAttendee(2, "Marc Lefebvre", "UPCP-Métive", AttendanceAnswer.PRESENT, null),
                new MinutesAttendee(3, "Nadia Roux", "PRMA", AttendanceAnswer.EXCUSED, "Julien Moreau"),
                new MinutesAttendee(4, "Inès Garnier", "Boc'Hall", AttendanceAnswer.ABSENT, null));
    }

    private static Minutes draft() {
        return Minutes.open(heldMeeting("Bilan des concerts", "Budget 2027"), attendance(), "Points abordés", NOW);
    }

    private static Minutes written() {
        Minutes minutes = draft();
        minutes.writeDiscussion(0, "<p>Saison réussie : <strong>12 concerts</strong>.</p>");
        minutes.addDecision(1, "Le budget 2027 est adopté.", new MinutesDecision.Votes(2, 0, 1));
        return minutes;
    }

    @Test
    void aDraftStartsFromTheAgendaAndTheAttendance() {
        Minutes minutes = draft();

        assertEquals(MinutesStatus.DRAFT, minutes.getStatus());
        assertEquals(1, minutes.getRevision());
        assertEquals(List.of("Bilan des concerts", "Budget 2027"),
                minutes.getSections().stream().map(MinutesSection::getTitle).toList());
        assertEquals(3, minutes.voices(), "two present, one represented");
    }

    @Test
    void twoMembersWhoShareANameAreTwoVoices() {
        Minutes minutes = Minutes.open(heldMeeting("Bilan"), List.of(
                new MinutesAttendee(1, "Julien Moreau", "Le Camji", AttendanceAnswer.PRESENT, null),
                new MinutesAttendee(5, "Julien Moreau", "Boc'Hall", AttendanceAnswer.PRESENT, null),
                new MinutesAttendee(3, "Nadia Roux", "PRMA", AttendanceAnswer.EXCUSED, "Julien Moreau")),
                "Points abordés", NOW);
        assertEquals(3, minutes.voices(), "two present, one represented");
    }

    @Test
    void aMeetingWithoutAgendaGetsOneSection() {
        Minutes minutes = Minutes.open(heldMeeting(), attendance(), "Points abordés", NOW);

        assertEquals(List.of("Points abordés"), minutes.getSections().stream().map(MinutesSection::getTitle).toList());
    }

    @Test
    void noMinutesForAMeetingNotYetHeldOrCancelled() {
        Meeting coming = heldMeeting();
        assertRefused("minutes.error.notHeld", () -> Minutes.open(coming, attendance(), "Points", SCHEDULED));

        Meeting cancelled = heldMeeting();
        cancelled.cancel("Salle indisponible", SCHEDULED);
        assertRefused("minutes.error.cancelled", () -> Minutes.open(cancelled, attendance(), "Points", NOW));
    }

    @Test
    void aVoteCannotCountMoreVoicesThanPresentOrRepresented() {
        Minutes minutes = draft();

        assertRefused("minutes.error.tooManyVotes",
                () -> minutes.addDecision(1, "Adopté", new MinutesDecision.Votes(3, 1, 0)));
        assertRefused("minutes.error.decisionRequired", () -> minutes.addDecision(1, "  ", null));
        assertRefused("minutes.error.noSuchSection", () -> minutes.addDecision(5, "Adopté", null));
        minutes.addDecision(1, "Adopté à l’unanimité", new MinutesDecision.Votes(3, 0, 0));
        assertEquals(new MinutesDecision.Votes(3, 0, 0), minutes.getSections().get(1).getDecisions().get(0).votes());
    }

    @Test
    void publishingNeedsSomeonePresentAndEverySectionWritten() {
        Minutes nobody = Minutes.open(heldMeeting("Bilan"), List.of(
                new MinutesAttendee(1, "Julien Moreau", null, AttendanceAnswer.ABSENT, null)), "Points", NOW);
        nobody.writeDiscussion(0, "<p>Rien.</p>");
        assertRefused("minutes.error.noAttendance", () -> nobody.publish("Julien Moreau", "Quorum", NOW));

        Minutes halfWritten = draft();
        halfWritten.writeDiscussion(0, "<p>Saison réussie.</p>");
        halfWritten.writeDiscussion(1, "<p> </p><p><br></p>");
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> halfWritten.publish("Julien Moreau", "Quorum", NOW));
        assertEquals("minutes.error.emptySection", refusal.messageKey());
        assertEquals("Budget 2027", refusal.parameters()[0]);
    }

    @Test
    void publishedMinutesAreFrozen() {
        Minutes minutes = written();
        minutes.publish("Julien Moreau", "Quorum atteint : 3 sur 4.", NOW);

        assertEquals(MinutesStatus.PUBLISHED, minutes.getStatus());
        assertEquals("Julien Moreau", minutes.getPublishedBy());
        assertEquals("Quorum atteint : 3 sur 4.", minutes.getQuorum());
        assertRefused("minutes.error.published", () -> minutes.writeDiscussion(0, "<p>Autre chose</p>"));
        assertRefused("minutes.error.published", () -> minutes.addDecision(0, "Autre", null));
        assertRefused("minutes.error.published", () -> minutes.recordAttendance(4, AttendanceAnswer.PRESENT));
        assertRefused("minutes.error.published", () -> minutes.publish("Julien Moreau", "Quorum", NOW));
        assertRefused("minutes.error.notDraft", () -> minutes.circulate(LocalDate.of(2026, 12, 15), NOW));
    }

    @Test
    void aDraftIsCirculatedForCommentsUntilALaterDayThenPublished() {
        Minutes minutes = written();

        assertRefused("minutes.error.commentsUntil", () -> minutes.circulate(LocalDate.of(2026, 12, 8), NOW));
        minutes.circulate(LocalDate.of(2026, 12, 15), NOW);
        assertEquals(MinutesStatus.IN_CORRECTION, minutes.getStatus());
        assertRefused("minutes.error.notDraft", () -> minutes.circulate(LocalDate.of(2026, 12, 20), NOW));
        minutes.writeDiscussion(0, "<p>Saison réussie, corrigée.</p>");

        minutes.publish("Julien Moreau", "Quorum", NOW);
        assertEquals(MinutesStatus.PUBLISHED, minutes.getStatus());
        assertNull(minutes.getCommentsUntil());
    }

    @Test
    void aCorrectionIsANewRevisionWithItsReason() {
        Minutes first = written();
        assertRefused("minutes.error.notPublished", () -> first.correct("Coquille", NOW));
        first.publish("Julien Moreau", "Quorum", NOW);
        assertRefused("minutes.error.reasonRequired", () -> first.correct("  ", NOW));

        Minutes second = first.correct("Vote mal reporté", NOW);

        assertEquals(2, second.getRevision());
        assertEquals(MinutesStatus.DRAFT, second.getStatus());
        assertEquals("Vote mal reporté", second.getCorrectionReason());
        assertEquals(first.getSections().get(0).getDiscussion(), second.getSections().get(0).getDiscussion());
        assertEquals(1, second.getSections().get(1).getDecisions().size());
        second.writeDiscussion(0, "<p>Corrigé.</p>");
        assertEquals(MinutesStatus.PUBLISHED, first.getStatus(), "the published revision stays as it was");
        assertTrue(first.getSections().get(0).getDiscussion().contains("12 concerts"));
    }

    @Test
    void actionsNeedAWordingAndSomeone() {
        Minutes minutes = draft();
        Person julien = new Person("subject-julien");

        assertRefused("minutes.error.actionRequired", () -> minutes.addAction(" ", julien, null));
        assertRefused("minutes.error.assigneeRequired", () -> minutes.addAction("Envoyer le bilan", null, null));
        minutes.addAction("Envoyer le bilan aux partenaires", julien, LocalDate.of(2027, 1, 15));
        assertEquals("Envoyer le bilan aux partenaires", minutes.getActions().get(0).getWhat());
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
