package fr.prma.interactifs.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.documents.search.SearchRequest;
import fr.prma.interactifs.documents.service.DocumentDetails;
import fr.prma.interactifs.documents.service.DocumentSearch;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.SearchPage;
import fr.prma.interactifs.governance.entity.AgendaItemText;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MinutesDecision;
import fr.prma.interactifs.governance.entity.MinutesStatus;
import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.governance.service.MinutesOverview;
import fr.prma.interactifs.governance.service.MinutesRegister;
import fr.prma.interactifs.governance.service.RegisterFilter;
import fr.prma.interactifs.governance.service.MinutesView;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.GeneratedFile;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.testing.Deployments;
import fr.prma.interactifs.testing.TestPeople;
import fr.prma.interactifs.testing.TimeTravel;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

/**
 * Minutes inside Payara Micro, on the configured database: who opens, reads, writes and publishes them,
 * revisions, and what the PDF holds. Each test signs in people of its own and holds its own meeting (moved into
 * the past in the database), so the tests do not depend on each other or on earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
class MinutesServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(MinutesServicesIT.class);
    }

    @EJB
    private Meetings meetings;

    @EJB
    private MeetingMinutes minutes;

    @EJB
    private Notifications notifications;

    @EJB
    private DocumentSearch documentSearch;

    @EJB
    private Library library;

    @EJB
    private PeopleDirectory people;

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    private Actor person(String firstName, BodyCode body, BodyRole... roles) {
        return TestPeople.signIn(people, firstName, body, roles);
    }

    /** A working-group meeting with a two-item agenda, convened, answered, and under way. */
    private long heldMeeting(Actor secretary, Actor... present) throws SQLException {
        long id = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule(
                "GT " + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(MeetingSchedule.ZONE).plusDays(3),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "Le Camji", null)).meetingId();
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Bilan des concerts", null, null, null));
        meetings.addAgendaItem(secretary, id, new AgendaItemText("Budget 2027", null, null, null));
        meetings.convene(secretary, id);
        for (Actor member : present) {
            meetings.answer(member, id, AttendanceAnswer.PRESENT, null);
        }
        TimeTravel.meetingStartedAnHourAgo(dataSource, id);
        return id;
    }

    @Test
    void aSecretaryWritesAndPublishesTheMinutesAndEveryMemberIsTold() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor chair = person("Marc", BodyCode.WORKING_GROUP, BodyRole.CHAIR);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor outsider = person("Paul", BodyCode.DEPARTMENTAL_MEETING);
        long meetingId = heldMeeting(secretary, secretary, member);

        assertTrue(minutes.overview(secretary, meetingId).canOpen());
        long id = minutes.open(secretary, meetingId);
        assertEquals(id, minutes.open(secretary, meetingId), "opening again gives the same draft");

        MinutesView draft = minutes.overview(secretary, meetingId).draft();
        assertEquals(List.of("Bilan des concerts", "Budget 2027"),
                draft.sections().stream().map(MinutesView.Section::title).toList());
        assertEquals(AttendanceAnswer.PRESENT, statusOf(draft, member));
        assertEquals(AttendanceAnswer.ABSENT, statusOf(draft, chair), "no answer: absent until corrected");
        assertTrue(draft.quorum().contains("2 présents"), "the draft states the quorum as it stands: "
                + draft.quorum());
        assertNotNull(minutes.overview(chair, meetingId).draft(), "the chair reads the draft");
        assertNull(minutes.overview(member, meetingId).draft(), "a member does not");
        assertRefused("minutes.error.notSecretary", () -> minutes.writeDiscussion(chair, id, draft.version(), 0, "x"));

        int version = minutes.writeDiscussion(secretary, id, draft.version(), 0,
                "<p>Saison réussie : <strong>12 concerts</strong>.</p><script>alert('x')</script>"
                        + "<img src=x onerror=alert(1)>");
        minutes.addDecision(secretary, id, version, 1, "Le budget 2027 est adopté.", new MinutesDecision.Votes(2, 0, 0));
        version = minutes.overview(secretary, meetingId).draft().version();
        minutes.addAction(secretary, id, version, "Envoyer le bilan aux partenaires", member.personId(),
                LocalDate.now(MeetingSchedule.ZONE).plusDays(30));
        version = minutes.overview(secretary, meetingId).draft().version();
        long secretaryUnread = notifications.unreadCount(secretary.personId());
        minutes.publish(secretary, id, version);

        assertEquals(secretaryUnread, notifications.unreadCount(secretary.personId()),
                "the secretary who publishes is not told of it");
        MinutesOverview seenByMember = minutes.overview(member, meetingId);
        MinutesView current = seenByMember.current();
        assertEquals(MinutesStatus.PUBLISHED, current.status());
        assertEquals("<p>Saison réussie : <strong>12 concerts</strong>.</p>", current.sections().get(0).discussionHtml(),
                "scripts and images are gone");
        assertTrue(current.quorum().startsWith("Quorum"), current.quorum());
        assertEquals("Julien Essai", current.publishedBy());
        assertTrue(notifications.latest(chair.personId()).get(0).subject().startsWith("Compte rendu publié"));
        GeneratedFile pdf = minutes.pdf(member, id);
        assertEquals("%PDF", new String(pdf.content(), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals("compte-rendu-groupe-de-travail-resserre-" + meetings.find(member, meetingId).schedule().date()
                + ".pdf", pdf.fileName(), "named for people: its body and the meeting's day");

        assertThrows(NotFoundException.class, () -> minutes.overview(outsider, meetingId));
        assertThrows(NotFoundException.class, () -> minutes.pdf(outsider, id));
        assertRefused("minutes.error.published", () -> minutes.writeDiscussion(secretary, id,
                minutes.overview(secretary, meetingId).current().version(), 0, "<p>Autre</p>"));
    }

    @Test
    void aDraftIsUnknownOutsideTheSecretariatAndNeverOverwrittenSilently() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor other = person("Lucie", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        long meetingId = heldMeeting(secretary, member);
        long id = minutes.open(secretary, meetingId);
        int version = minutes.overview(secretary, meetingId).draft().version();

        assertThrows(NotFoundException.class, () -> minutes.pdf(member, id), "a draft has no PDF");
        assertThrows(NotFoundException.class, () -> minutes.writeDiscussion(member, id, version, 0, "<p>x</p>"));

        minutes.writeDiscussion(other, id, version, 0, "<p>Version de Lucie</p>");
        assertRefused("minutes.error.stale", () -> minutes.writeDiscussion(secretary, id, version, 0,
                "<p>Version de Julien</p>"));
        assertEquals("<p>Version de Lucie</p>",
                minutes.overview(secretary, meetingId).draft().sections().get(0).discussionHtml());
    }

    @Test
    void badInputIsRefusedWithItsReason() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor outsider = person("Paul", BodyCode.DEPARTMENTAL_MEETING);
        long coming = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule("Plus tard",
                LocalDate.now(MeetingSchedule.ZONE).plusDays(5), LocalTime.NOON, LocalTime.of(13, 0), "Niort", null))
                .meetingId();
        assertRefused("minutes.error.notHeld", () -> minutes.open(secretary, coming));
        assertFalse(minutes.overview(secretary, coming).canOpen());

        long meetingId = heldMeeting(secretary, member);
        long id = minutes.open(secretary, meetingId);
        int version = minutes.overview(secretary, meetingId).draft().version();

        assertRefused("minutes.error.tooManyVotes", () -> minutes.addDecision(secretary, id, version, 0, "Adopté",
                new MinutesDecision.Votes(5, 0, 0)));
        assertRefused("minutes.error.assigneeOutsideBody", () -> minutes.addAction(secretary, id, version,
                "Une action", outsider.personId(), null));
        assertRefused("minutes.error.emptySection", () -> minutes.publish(secretary, id, version));
        assertEquals(MinutesStatus.DRAFT, minutes.overview(secretary, meetingId).draft().status());
    }

    @Test
    void aCorrectionIsANewRevisionAndThePublishedOneStaysCurrentUntilItIsPublished() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        long meetingId = heldMeeting(secretary, member);
        long first = minutes.open(secretary, meetingId);
        int version = minutes.writeDiscussion(secretary, first, minutes.overview(secretary, meetingId).draft().version(),
                0, "<p>Bilan.</p>");
        version = minutes.writeDiscussion(secretary, first, version, 1, "<p>Budget reporté.</p>");
        minutes.publish(secretary, first, version);
        assertRefused("minutes.error.reasonRequired", () -> minutes.correct(secretary, first, " "));

        long second = minutes.correct(secretary, first, "Le budget a été adopté, pas reporté");

        MinutesOverview during = minutes.overview(member, meetingId);
        assertEquals(1, during.current().revision(), "the published revision stays current");
        MinutesView draft = minutes.overview(secretary, meetingId).draft();
        assertEquals(2, draft.revision());
        assertEquals("Le budget a été adopté, pas reporté", draft.correctionReason());
        version = minutes.writeDiscussion(secretary, second, draft.version(), 1, "<p>Budget adopté.</p>");
        minutes.publish(secretary, second, version);

        MinutesOverview after = minutes.overview(member, meetingId);
        assertEquals(2, after.current().revision());
        assertEquals(List.of(2, 1), after.published().stream().map(MinutesView::revision).toList());
        assertEquals("<p>Budget reporté.</p>", after.published().get(1).sections().get(1).discussionHtml(),
                "the earlier revision stays readable as it was");
        assertRefused("minutes.error.notLatest", () -> minutes.correct(secretary, first, "Encore"));
    }

    @Test
    void publishedMinutesAreFiledInTheLibraryWhereTheBodyFindsThem() throws Exception {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor outsider = person("Paul", BodyCode.DEPARTMENTAL_MEETING);
        String marker = "programmation" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String corrected = "reprogrammation" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long meetingId = heldMeeting(secretary, member);
        long first = minutes.open(secretary, meetingId);
        int version = minutes.writeDiscussion(secretary, first, minutes.overview(secretary, meetingId).draft().version(),
                0, "<p>La " + marker + " de la saison est validée.</p>");
        version = minutes.writeDiscussion(secretary, first, version, 1, "<p>Budget reporté.</p>");
        minutes.publish(secretary, first, version);

        SearchPage found = searchEventually(member, marker, 1);
        assertEquals(1, found.total(), "the members of the body find the minutes by their words");
        long documentId = found.hits().get(0).documentId();
        assertTrue(found.hits().get(0).title().startsWith("Compte rendu – Groupe de travail resserré – "),
                found.hits().get(0).title());
        assertEquals(0, documentSearch.search(outsider, SearchRequest.of(marker)).total(),
                "the minutes of a body are not found by people outside it");

        long second = minutes.correct(secretary, first, "Erreur de date");
        version = minutes.writeDiscussion(secretary, second, minutes.overview(secretary, meetingId).draft().version(),
                0, "<p>La " + corrected + " de la saison est validée.</p>");
        minutes.publish(secretary, second, version);

        assertEquals(documentId, searchEventually(member, corrected, 1).hits().get(0).documentId(),
                "a correction is the next version of the same document");
        assertEquals(0, documentSearch.search(member, SearchRequest.of(marker)).total(),
                "only the current revision answers");
        DocumentDetails filed = library.find(member, documentId);
        assertEquals(2, filed.versions().size());
        assertEquals("Révision 2 : Erreur de date", filed.current().comment());
        String day = meetings.find(member, meetingId).schedule().date().toString();
        assertEquals("compte-rendu-groupe-de-travail-resserre-" + day + "-rev2.pdf", filed.current().originalName(),
                "a correction's PDF says its revision");
        assertEquals("compte-rendu-groupe-de-travail-resserre-" + day + ".pdf", filed.versions().get(1).originalName());
    }

    /** The search once it gives this many hits: the PDF's text is read in the background after publication. */
    private SearchPage searchEventually(Actor actor, String words, long expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        SearchPage page = documentSearch.search(actor, SearchRequest.of(words));
        while (page.total() != expected && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            page = documentSearch.search(actor, SearchRequest.of(words));
        }
        return page;
    }

    @Test
    void attendeesReadTheCirculatedDraftAndCommentUntilItsDeadline() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor attendee = person("Ines", BodyCode.WORKING_GROUP);
        Actor absent = person("Marc", BodyCode.WORKING_GROUP);
        long meetingId = heldMeeting(secretary, secretary, attendee);
        long id = minutes.open(secretary, meetingId);
        int version = minutes.writeDiscussion(secretary, id, minutes.overview(secretary, meetingId).draft().version(),
                0, "<p>Bilan.</p>");
        assertNull(minutes.overview(attendee, meetingId).draft(), "not before it is circulated");
        assertFalse(minutes.overview(secretary, meetingId).draft().isCirculated());
        long secretaryUnread = notifications.unreadCount(secretary.personId());

        minutes.circulate(secretary, id, version, LocalDate.now(MeetingSchedule.ZONE).plusDays(7));

        assertTrue(notifications.latest(attendee.personId()).get(0).subject().startsWith("Compte rendu à relire"));
        assertEquals(secretaryUnread, notifications.unreadCount(secretary.personId()),
                "the secretary, present, is not sent her own draft to read");
        MinutesOverview seen = minutes.overview(attendee, meetingId);
        assertTrue(seen.draft().isCirculated() && minutes.overview(secretary, meetingId).draft().isCirculated(),
                "the page then says who reads the draft");
        assertEquals("<p>Bilan.</p>", seen.draft().sections().get(0).discussionHtml());
        assertTrue(seen.canComment());
        minutes.comment(attendee, id, "  Il manque le chiffre de fréquentation.  ");
        assertEquals(List.of("Il manque le chiffre de fréquentation."),
                minutes.overview(secretary, meetingId).comments().stream().map(MinutesOverview.Comment::body).toList());
        assertTrue(notifications.latest(secretary.personId()).get(0).subject().startsWith("Remarque sur le compte rendu"));

        assertNull(minutes.overview(absent, meetingId).draft(), "someone who was not there does not read the draft");
        assertThrows(NotFoundException.class, () -> minutes.comment(absent, id, "Moi aussi"));
        assertRefused("minutes.error.commentRequired", () -> minutes.comment(attendee, id, " "));

        version = minutes.overview(secretary, meetingId).draft().version();
        minutes.writeDiscussion(secretary, id, version, 1, "<p>Budget.</p>");
        minutes.publish(secretary, id, minutes.overview(secretary, meetingId).draft().version());
        assertRefused("minutes.error.notOpenToComments", () -> minutes.comment(attendee, id, "Trop tard"));
    }

    @Test
    void theNextMeetingApprovesTheMinutesAndTheRegisterListsDecisionsAndActions() throws SQLException {
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Ines", BodyCode.WORKING_GROUP);
        Actor outsider = person("Paul", BodyCode.DEPARTMENTAL_MEETING);
        long first = heldMeeting(secretary, secretary, member);
        long firstMinutes = minutes.open(secretary, first);
        int version = minutes.writeDiscussion(secretary, firstMinutes,
                minutes.overview(secretary, first).draft().version(), 0, "<p>Bilan.</p>");
        minutes.addDecision(secretary, firstMinutes, version, 1, "Budget 2027 adopté", null);
        version = minutes.overview(secretary, first).draft().version();
        String what = "Préparer le dossier " + UUID.randomUUID().toString().substring(0, 6);
        minutes.addAction(secretary, firstMinutes, version, what, member.personId(), null);
        minutes.publish(secretary, firstMinutes, minutes.overview(secretary, first).draft().version());

        MinutesRegister register = minutes.register(member, BodyCode.WORKING_GROUP, RegisterFilter.ALL);
        MinutesRegister.Action action = register.actions().stream().filter(a -> a.what().equals(what)).findFirst()
                .orElseThrow();
        assertTrue(action.mine() && !action.isDone());
        assertTrue(register.decisions().stream().anyMatch(d -> d.meetingId() == first
                && d.wording().equals("Budget 2027 adopté")));
        assertTrue(minutes.register(outsider, BodyCode.WORKING_GROUP, RegisterFilter.ALL).actions().isEmpty());
        assertRefused("minutes.error.notYourAction", () -> minutes.markActionDone(secretary, action.id(), true));
        minutes.markActionDone(member, action.id(), true);
        assertTrue(minutes.register(secretary, BodyCode.WORKING_GROUP, RegisterFilter.ALL).actions().stream()
                .filter(a -> a.id() == action.id()).findFirst().orElseThrow().isDone());

        long next = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule("GT suivant",
                LocalDate.now(MeetingSchedule.ZONE).plusDays(20), LocalTime.of(14, 0), LocalTime.of(15, 0), "Niort",
                null)).meetingId();
        assertEquals(firstMinutes, meetings.minutesToApprove(secretary, next).orElseThrow().minutesId());
        meetings.addMinutesApproval(secretary, next);
        assertTrue(meetings.find(secretary, next).agenda().get(0).title()
                .startsWith("Approbation du compte rendu de la séance du "));
        assertTrue(meetings.minutesToApprove(secretary, next).isEmpty(), "not twice");

        meetings.convene(secretary, next);
        meetings.answer(member, next, AttendanceAnswer.PRESENT, null);
        TimeTravel.meetingStartedAnHourAgo(dataSource, next);
        long nextMinutes = minutes.open(secretary, next);
        minutes.addDecision(secretary, nextMinutes, minutes.overview(secretary, next).draft().version(), 0,
                "Le compte rendu de la séance précédente est approuvé.", new MinutesDecision.Votes(1, 0, 0));
        minutes.publish(secretary, nextMinutes, minutes.overview(secretary, next).draft().version());

        MinutesView approved = minutes.overview(member, first).current();
        assertNotNull(approved.approvedAt());
        assertEquals(meetings.find(member, next).startsAt().toInstant(), approved.approvedInMeetingOf().toInstant());
    }

    private static AttendanceAnswer statusOf(MinutesView minutes, Actor person) {
        return minutes.attendees().stream().filter(attendee -> attendee.personId() == person.personId()).findFirst()
                .orElseThrow().status();
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }
}
