package fr.prma.interactifs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.testing.Deployments;
import fr.prma.interactifs.testing.TestPeople;
import fr.prma.interactifs.testing.TimeTravel;
import fr.prma.interactifs.workflow.entity.OpinionChoice;
import fr.prma.interactifs.workflow.entity.PaperDraft;
import fr.prma.interactifs.workflow.entity.ReviewStatus;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.service.MeetingPapers;
import fr.prma.interactifs.workflow.service.PaperView;
import fr.prma.interactifs.workflow.service.PositionPapers;
import fr.prma.interactifs.workflow.service.Reviews;
import fr.prma.interactifs.workflow.service.StepView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

/**
 * Position papers through the default circuit inside Payara Micro, on the configured database: the engine's
 * transitions with real people and bodies, who sees what, who decides, and two decisions on one step. The bodies
 * hold members that other tests signed in: the steps count them all, and the tests act for as many as the rule
 * needs.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(WorkflowServicesIT.class);
    }

    @EJB
    private PositionPapers papers;

    @EJB
    private Reviews reviews;

    @EJB
    private PeopleDirectory people;

    @EJB
    private AuditTrail audit;

    @EJB
    private Meetings meetings;

    @EJB
    private MeetingMinutes minutes;

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    private Actor person(String firstName, BodyCode body, BodyRole... roles) {
        return TestPeople.signIn(people, firstName, body, roles);
    }

    private long draft(Actor author, String title) {
        return papers.createDraft(author, new PaperDraft(title, "Ce que nous demandons", "Diffusion",
                "Région Nouvelle-Aquitaine", "<p>Les salles demandent une aide à la diffusion.</p>"));
    }

    private StepView openStep(Actor reader, long paperId) {
        return papers.find(reader, paperId).steps().stream().filter(StepView::isOpen).findFirst().orElseThrow();
    }

    /** The members the step counts (its body's members when it opened), as the database holds them. */
    private List<Long> electorate(long stepId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select person_id from review_step_member where step_id = ? order by person_id")) {
            query.setLong(1, stepId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Members of the open step give this opinion, one after the other, until the step closes or all have. */
    private void everyoneSays(Actor reader, long paperId, OpinionChoice choice, Set<Long> except) throws SQLException {
        StepView step = openStep(reader, paperId);
        for (long member : electorate(step.id())) {
            if (except.contains(member)) {
                continue;
            }
            if (papers.find(reader, paperId).steps().stream().noneMatch(s -> s.id() == step.id() && s.isOpen())) {
                return;
            }
            reviews.giveOpinion(new Actor(member, false), step.id(), choice, null);
        }
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }

    @Test
    void aPaperGoesThroughTheThreeBodiesWithARoundOfChangesAndIsAdopted() throws SQLException {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor meetingChair = person("Camille", BodyCode.DEPARTMENTAL_MEETING, BodyRole.CHAIR);
        long id = draft(author, "Pour une aide régionale à la diffusion");

        assertEquals(1, papers.submit(author, id, papers.find(author, id).version()));
        StepView group = openStep(author, id);
        assertEquals(BodyCode.WORKING_GROUP, group.body());
        everyoneSays(author, id, OpinionChoice.FAVOURABLE, Set.of(author.personId()));

        StepView meeting = openStep(author, id);
        assertEquals(BodyCode.DEPARTMENTAL_MEETING, meeting.body());
        everyoneSays(author, id, OpinionChoice.UNFAVOURABLE, Set.of(author.personId()));
        StepView counted = openStep(author, id);
        assertRefused("workflow.error.reasonRequired", () -> reviews.decide(meetingChair, counted.id(),
                StepDecision.REQUEST_CHANGES, " ", null, counted.version()));
        reviews.decide(meetingChair, counted.id(), StepDecision.REQUEST_CHANGES, "Chiffrez la demande", null,
                counted.version());
        PaperView sentBack = papers.find(author, id);
        assertEquals(ReviewStatus.CHANGES_REQUESTED, sentBack.status());
        assertTrue(sentBack.canEdit());

        papers.write(author, id, new PaperDraft("Pour une aide régionale à la diffusion", null, null,
                "Région Nouvelle-Aquitaine", "<p>Nous demandons 40 000 € par an.</p>"), sentBack.version());
        assertEquals(2, papers.submit(author, id, papers.find(author, id).version()));
        StepView again = openStep(author, id);
        assertEquals(BodyCode.DEPARTMENTAL_MEETING, again.body(), "the step that asked for changes opens again");
        assertEquals(2, again.round());
        assertEquals(2, again.subjectVersion());
        everyoneSays(author, id, OpinionChoice.FAVOURABLE, Set.of());
        assertEquals(StepDecision.APPROVE, papers.find(author, id).steps().stream()
                .filter(s -> s.id() == again.id()).findFirst().orElseThrow().decision(), "closed by its rule");

        assertEquals(BodyCode.STEERING_COMMITTEE, openStep(author, id).body());
        everyoneSays(author, id, OpinionChoice.FAVOURABLE_WITH_RESERVATIONS, Set.of());

        PaperView adopted = papers.find(author, id);
        assertEquals(ReviewStatus.APPROVED, adopted.status());
        assertEquals(2, adopted.versionCount());
        assertEquals(4, adopted.steps().size());
        assertFalse(adopted.canEdit());
        Actor anyone = person("Sarah", null);
        assertEquals(ReviewStatus.APPROVED, papers.find(anyone, id).status(), "an adopted paper is everyone's");
        assertTrue(audit.historyOf("review", reviewIdOf(id)).stream()
                .anyMatch(entry -> entry.action().equals("review.stepApprovedByRule")), "every transition is audited");
    }

    private long reviewIdOf(long paperId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select id from review where paper_id = ?")) {
            query.setLong(1, paperId);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    @Test
    void draftsAndStepsLeakToNoOneOutsideAndOnlyTheBodyGivesOpinions() {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor coAuthor = person("Bruno", BodyCode.STEERING_COMMITTEE);
        Actor groupMember = person("Gaspard", BodyCode.WORKING_GROUP);
        Actor meetingMember = person("Ines", BodyCode.DEPARTMENTAL_MEETING);
        long id = draft(author, "Note de travail");

        assertThrows(NotFoundException.class, () -> papers.find(groupMember, id), "a draft is its authors' only");
        papers.changeAuthors(author, id, Set.of(author.personId(), coAuthor.personId()),
                papers.find(author, id).version());
        assertEquals(2, papers.find(coAuthor, id).authorNames().size(), "a co-author reads the draft");
        assertRefused("workflow.paper.error.attachmentNotReadable", () -> papers.attach(author, id, Set.of(999_999_999L),
                papers.find(author, id).version()));

        papers.submit(coAuthor, id, papers.find(coAuthor, id).version());
        StepView step = openStep(author, id);
        assertEquals(step.id(), openStep(groupMember, id).id(), "the working group reviews it");
        assertThrows(NotFoundException.class, () -> papers.find(meetingMember, id),
                "the next body sees it only once the paper reaches it");
        assertThrows(NotFoundException.class, () -> reviews.giveOpinion(meetingMember, step.id(),
                OpinionChoice.UNFAVOURABLE, "Je ne suis pas de ce groupe"), "nor its steps, by guessed ids");
        assertRefused("workflow.error.notInBody", () -> reviews.giveOpinion(coAuthor, step.id(),
                OpinionChoice.FAVOURABLE, null));
        reviews.giveOpinion(author, step.id(), OpinionChoice.FAVOURABLE, "J'en suis l'autrice");
        assertTrue(papers.find(groupMember, id).steps().get(0).opinions().get(0).byAuthor(),
                "the author's opinion is shown as such");
        assertRefused("workflow.error.mayNotDecide", () -> reviews.decide(groupMember, step.id(),
                StepDecision.APPROVE, null, null, step.version()));
        assertRefused("workflow.paper.error.notEditable", () -> papers.write(author, id, new PaperDraft("Autre titre",
                null, null, null, "<p>x</p>"), papers.find(author, id).version()));

        papers.withdraw(author, id, papers.find(author, id).version());
        assertEquals(ReviewStatus.WITHDRAWN, papers.find(author, id).status());
        assertRefused("workflow.error.stepClosed", () -> reviews.giveOpinion(groupMember, step.id(),
                OpinionChoice.FAVOURABLE, null));
    }

    @Test
    void aPaperWithNeitherTextNorAttachmentIsNotSubmitted() {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        long id = papers.createDraft(author, new PaperDraft("Titre seul", null, null, null, "<p>  </p>"));

        assertRefused("workflow.paper.error.empty", () -> papers.submit(author, id, papers.find(author, id).version()));
        assertEquals(ReviewStatus.DRAFT, papers.find(author, id).status());
    }

    @Test
    void ofTwoPeopleClosingTheSameStepOneWinsAndTheOtherIsTold() throws SQLException {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor chair = person("Marc", BodyCode.WORKING_GROUP, BodyRole.CHAIR);
        Actor otherChair = person("Nadia", BodyCode.WORKING_GROUP, BodyRole.CHAIR);
        long id = draft(author, "Note disputée");
        papers.submit(author, id, papers.find(author, id).version());
        everyoneSays(author, id, OpinionChoice.UNFAVOURABLE, Set.of(author.personId()));
        StepView read = openStep(chair, id);

        reviews.decide(chair, read.id(), StepDecision.REQUEST_CHANGES, "Précisez le calendrier", null, read.version());
        assertRefused("workflow.error.changedMeanwhile", () -> reviews.decide(otherChair, read.id(),
                StepDecision.APPROVE, null, null, read.version()));

        PaperView paper = papers.find(author, id);
        assertEquals(ReviewStatus.CHANGES_REQUESTED, paper.status(), "the first decision stands");
        assertEquals("Précisez le calendrier", paper.steps().get(0).reason());
    }

    @Test
    void aSecretaryRecordsTheBodysDecisionInOneOfItsMeetingsWhoseMinutesListIt() throws Exception {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor outsider = person("Sarah", null);
        long id = draft(author, "Pour des résidences mutualisées");
        papers.submit(author, id, papers.find(author, id).version());
        everyoneSays(author, id, OpinionChoice.UNFAVOURABLE, Set.of(author.personId(), secretary.personId()));
        StepView step = openStep(secretary, id);
        assertRefused("workflow.error.mayNotDecide", () -> reviews.decide(secretary, step.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", null, step.version()));

        long meetingId = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule(
                "GT " + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(MeetingSchedule.ZONE).plusDays(3),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "Le Camji", null)).meetingId();
        assertTrue(openStep(secretary, id).meetings().stream().noneMatch(m -> m.id() == meetingId));
        assertRefused("workflow.error.notInThatMeeting", () -> reviews.decide(secretary, step.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", meetingId, step.version()));
        assertTrue(papers.ofMeeting(secretary, meetingId).toDecide().stream().anyMatch(l -> l.paperId() == id),
                "the meeting's page lists the papers its body reviews");

        meetings.convene(secretary, meetingId);
        meetings.answer(secretary, meetingId, AttendanceAnswer.PRESENT, null);
        TimeTravel.meetingStartedAnHourAgo(dataSource, meetingId);
        StepView inMeeting = openStep(secretary, id);
        assertTrue(inMeeting.meetings().stream().anyMatch(m -> m.id() == meetingId), "once it has begun");
        assertTrue(inMeeting.mayDecide());
        reviews.decide(secretary, inMeeting.id(), StepDecision.REQUEST_CHANGES, "À revoir en séance", meetingId,
                inMeeting.version());

        StepView decided = papers.find(author, id).steps().stream().filter(s -> s.id() == inMeeting.id())
                .findFirst().orElseThrow();
        assertEquals(StepDecision.REQUEST_CHANGES, decided.decision());
        assertEquals(meetingId, decided.meetingId());
        assertEquals(ReviewStatus.CHANGES_REQUESTED, papers.find(author, id).status());
        MeetingPapers ofMeeting = papers.ofMeeting(secretary, meetingId);
        assertTrue(ofMeeting.decided().stream().anyMatch(l -> l.paperId() == id
                && l.decision() == StepDecision.REQUEST_CHANGES), "listed among the meeting's decisions");
        assertTrue(ofMeeting.toDecide().stream().noneMatch(l -> l.paperId() == id));
        assertThrows(NotFoundException.class, () -> papers.ofMeeting(outsider, meetingId));

        String wording = "Note de position « Pour des résidences mutualisées », version 1 : modifications "
                + "demandées aux auteurs — À revoir en séance";
        assertTrue(minutes.overview(secretary, meetingId).otherDecisions().stream()
                .anyMatch(d -> d.wording().equals(wording)), "the minutes list it");
        long minutesId = minutes.open(secretary, meetingId);
        int written = minutes.writeDiscussion(secretary, minutesId,
                minutes.overview(secretary, meetingId).draft().version(), 0, "<p>La note est revue en séance.</p>");
        minutes.publish(secretary, minutesId, written);
        try (PDDocument pdf = Loader.loadPDF(minutes.pdf(secretary, minutesId))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Pour des résidences mutualisées"), text);
            assertTrue(text.contains("modifications demandées aux auteurs"), text);
        }
    }
}
