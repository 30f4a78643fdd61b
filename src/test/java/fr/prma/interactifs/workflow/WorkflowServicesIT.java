package fr.prma.interactifs.workflow;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.service.Deposit;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.AttendanceLine;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.notifications.service.NotificationView;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.security.AppRole;
import fr.prma.interactifs.security.SignedInIdentity;
import fr.prma.interactifs.testing.Deployments;
import fr.prma.interactifs.testing.TestPeople;
import fr.prma.interactifs.testing.TimeTravel;
import fr.prma.interactifs.workflow.entity.Circuit;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.OpinionChoice;
import fr.prma.interactifs.workflow.entity.PaperDraft;
import fr.prma.interactifs.workflow.entity.ReviewStatus;
import fr.prma.interactifs.workflow.entity.StepCount.DecisionOption;
import fr.prma.interactifs.workflow.entity.StepDecision;
import fr.prma.interactifs.workflow.service.CircuitView;
import fr.prma.interactifs.workflow.service.Circuits;
import fr.prma.interactifs.workflow.service.AdoptionPdf;
import fr.prma.interactifs.workflow.service.AdoptionRecord;
import fr.prma.interactifs.workflow.service.AdoptionRecords;
import fr.prma.interactifs.workflow.service.DocumentReview;
import fr.prma.interactifs.workflow.service.DocumentReviews;
import fr.prma.interactifs.workflow.service.MeetingPapers;
import fr.prma.interactifs.workflow.service.PaperView;
import fr.prma.interactifs.workflow.service.PositionPapers;
import fr.prma.interactifs.workflow.service.ReviewDeadlines;
import fr.prma.interactifs.workflow.service.Reviews;
import fr.prma.interactifs.workflow.service.SessionVote;
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

    @EJB
    private Notifications notifications;

    @EJB
    private ReviewDeadlines deadlines;

    @EJB
    private DocumentReviews documentReviews;

    @EJB
    private Library library;

    @EJB
    private Circuits circuits;

    @EJB
    private AdoptionRecords adoptionRecords;

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
            boolean closed = reviews.giveOpinion(new Actor(member, false), step.id(), choice, null);
            assertEquals(closed, papers.find(reader, paperId).steps().stream()
                    .noneMatch(s -> s.id() == step.id() && s.isOpen()), "the opinion says whether it closed the step");
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
                StepDecision.REQUEST_CHANGES, " ", null, SessionVote.NONE, counted.version()));
        reviews.decide(meetingChair, counted.id(), StepDecision.REQUEST_CHANGES, "Chiffrez la demande", null,
                SessionVote.NONE, counted.version());
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
        assertFalse(reviews.giveOpinion(author, step.id(), OpinionChoice.FAVOURABLE, "J'en suis l'autrice"),
                "an author's opinion, not counted, closes nothing");
        assertTrue(papers.find(groupMember, id).steps().get(0).opinions().get(0).byAuthor(),
                "the author's opinion is shown as such");
        assertRefused("workflow.error.mayNotDecide", () -> reviews.decide(groupMember, step.id(),
                StepDecision.APPROVE, null, null, SessionVote.NONE, step.version()));
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
    void aCoAuthorWhoLeftTheClusterIsNotNamedAnewButStaysAnAuthorOfWhatTheyWrote() {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor colleague = person("Bruno", null);
        String subject = UUID.randomUUID().toString();
        Actor leaving = new Actor(people.recordSignIn(new SignedInIdentity(subject, "ancien." + subject.substring(0, 8),
                "Gilles", "Ancien", "gilles@demo.les-interactifs.example", EnumSet.of(AppRole.MEMBER),
                Optional.of("/structures/le-camji"), Map.of())).id(), false);
        long id = draft(author, "Note à plusieurs mains");
        papers.changeAuthors(author, id, Set.of(author.personId(), leaving.personId()), papers.find(author, id).version());

        // Gilles leaves Le Camji: Keycloak no longer puts him in any structure
        people.recordSignIn(new SignedInIdentity(subject, "ancien." + subject.substring(0, 8), "Gilles", "Ancien",
                "gilles@demo.les-interactifs.example", EnumSet.of(AppRole.MEMBER), Optional.empty(), Map.of()));
        assertTrue(papers.coAuthorChoices().stream().noneMatch(choice -> choice.id() == leaving.personId()),
                "no longer offered as a co-author");
        papers.changeAuthors(author, id, Set.of(author.personId(), leaving.personId(), colleague.personId()),
                papers.find(author, id).version());
        assertTrue(papers.find(author, id).authorIds().contains(leaving.personId()), "stays an author of what he wrote");

        long other = draft(author, "Note d’après son départ");
        assertRefused("workflow.paper.error.coAuthorLeft", () -> papers.changeAuthors(author, other,
                Set.of(author.personId(), leaving.personId()), papers.find(author, other).version()));
        assertEquals(List.of(author.personId()), papers.find(author, other).authorIds(), "nothing changed");
    }

    @Test
    void anAdministratorsNewCircuitIsFollowedByPapersSubmittedAfterWhilePapersUnderWayKeepTheirs() throws SQLException {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor member = person("Julien", BodyCode.WORKING_GROUP);
        Actor administrator = new Actor(person("Nadia", BodyCode.WORKING_GROUP).personId(), true);
        CircuitView before = circuits.one(administrator, Circuit.POSITION_PAPERS);
        List<Circuits.PlannedStep> original = before.steps().stream()
                .map(step -> new Circuits.PlannedStep(step.body(), step.rule(), step.deadlineDays())).toList();
        long underWay = draft(author, "Note soumise avant le changement");
        papers.submit(author, underWay, papers.find(author, underWay).version());

        assertRefused("workflow.circuit.error.adminsOnly", () -> circuits.define(member, Circuit.POSITION_PAPERS,
                before.currentNumber(), original));
        assertRefused("workflow.circuit.error.noStep", () -> circuits.define(administrator, Circuit.POSITION_PAPERS,
                before.currentNumber(), List.of()));
        assertRefused("workflow.circuit.error.deadline", () -> circuits.define(administrator,
                Circuit.POSITION_PAPERS, before.currentNumber(), List.of(new Circuits.PlannedStep(
                        BodyCode.WORKING_GROUP, DecisionRule.MAJORITY_WITH_QUORUM, 0))));
        assertRefused("workflow.circuit.error.incompleteStep", () -> circuits.define(administrator,
                Circuit.POSITION_PAPERS, before.currentNumber(), List.of(new Circuits.PlannedStep(null,
                        DecisionRule.UNANIMITY, null))));
        assertRefused("workflow.circuit.error.unchanged", () -> circuits.define(administrator,
                Circuit.POSITION_PAPERS, before.currentNumber(), original));
        assertRefused("workflow.circuit.error.committeeOnly", () -> circuits.define(administrator,
                Circuit.DOCUMENT_REVIEW, circuits.one(administrator, Circuit.DOCUMENT_REVIEW).currentNumber(),
                List.of(new Circuits.PlannedStep(BodyCode.WORKING_GROUP, DecisionRule.CHAIR_DECIDES, null))));
        assertEquals(before.currentNumber(), circuits.one(administrator, Circuit.POSITION_PAPERS).currentNumber(),
                "nothing refused made a version");

        List<Circuits.PlannedStep> shorter = List.of(
                new Circuits.PlannedStep(BodyCode.WORKING_GROUP, DecisionRule.MAJORITY_WITH_QUORUM, 10),
                new Circuits.PlannedStep(BodyCode.STEERING_COMMITTEE, DecisionRule.CHAIR_DECIDES, null));
        try {
            CircuitView changed = circuits.define(administrator, Circuit.POSITION_PAPERS, before.currentNumber(),
                    shorter);
            assertEquals(before.currentNumber() + 1, changed.currentNumber());
            assertEquals(List.of(BodyCode.WORKING_GROUP, BodyCode.STEERING_COMMITTEE),
                    changed.steps().stream().map(CircuitView.Step::body).toList());
            assertRefused("workflow.circuit.error.changedMeanwhile", () -> circuits.define(administrator,
                    Circuit.POSITION_PAPERS, before.currentNumber(), original));
            assertTrue(changed.versions().stream().anyMatch(v -> v.number() == before.currentNumber()
                    && v.reviews() >= 1), "the earlier version counts the reviews that follow it");

            long after = draft(author, "Note soumise après le changement");
            papers.submit(author, after, papers.find(author, after).version());
            assertEquals(10, Duration.between(openStep(author, after).openedAt(),
                    openStep(author, after).deadlineAt()).toDays(), "the new version's deadline");
            everyoneSays(author, after, OpinionChoice.FAVOURABLE, Set.of(author.personId()));
            assertEquals(BodyCode.STEERING_COMMITTEE, openStep(author, after).body(), "the new version's next step");

            everyoneSays(author, underWay, OpinionChoice.FAVOURABLE, Set.of(author.personId()));
            assertEquals(BodyCode.DEPARTMENTAL_MEETING, openStep(author, underWay).body(),
                    "a paper under way keeps the version it started with");
            assertTrue(audit.historyOf("circuit", changed.id()).stream().anyMatch(entry -> entry.action().equals(
                    "circuit.defined") && entry.detail().startsWith("version " + changed.currentNumber() + " : ")));
        } finally {
            CircuitView now = circuits.one(administrator, Circuit.POSITION_PAPERS);
            if (now.currentNumber() != before.currentNumber()) {
                circuits.define(administrator, Circuit.POSITION_PAPERS, now.currentNumber(), original);
            }
        }
    }

    @Test
    void partnersReadAdoptedPapersButDoNotWriteThem() {
        Actor partner = TestPeople.signIn(people, "/partenaires/drac", "Paul", BodyCode.STEERING_COMMITTEE);
        assertFalse(papers.overview(partner).mayDraft());
        assertRefused("workflow.paper.error.membersOnly", () -> draft(partner, "Note d’un partenaire"));
        assertFalse(papers.mayDraft(partner), "the note editor shows a partner why, not the form");
        Actor alice = person("Alice", null);
        assertTrue(papers.overview(alice).mayDraft());
        assertTrue(papers.mayDraft(alice));

        assertTrue(papers.coAuthorChoices().stream().noneMatch(choice -> choice.id() == partner.personId()),
                "partners are never offered as co-authors");
        assertTrue(papers.coAuthorChoices().stream().anyMatch(choice -> choice.id() == alice.personId()));
        long id = draft(alice, "Note sans partenaire");
        assertRefused("workflow.paper.error.coAuthorPartner", () -> papers.changeAuthors(alice, id,
                Set.of(alice.personId(), partner.personId()), papers.find(alice, id).version()));
        assertRefused("workflow.paper.error.coAuthorPartner", () -> papers.save(alice, null,
                new PaperDraft("Note à deux", null, null, null, "<p>x</p>"), Set.of(alice.personId(),
                        partner.personId()), Set.of(), 0));
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

        reviews.decide(chair, read.id(), StepDecision.REQUEST_CHANGES, "Précisez le calendrier", null,
                SessionVote.NONE, read.version());
        assertRefused("workflow.error.changedMeanwhile", () -> reviews.decide(otherChair, read.id(),
                StepDecision.APPROVE, null, null, SessionVote.NONE, read.version()));

        PaperView paper = papers.find(author, id);
        assertEquals(ReviewStatus.CHANGES_REQUESTED, paper.status(), "the first decision stands");
        assertEquals("Précisez le calendrier", paper.steps().get(0).reason());
    }

    @Test
    void aDecisionInSessionFollowsTheRoomsVoteWhateverTheWrittenOpinionsAndTheMinutesListIt() throws Exception {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        person("Marc", BodyCode.WORKING_GROUP);
        person("Lucie", BodyCode.WORKING_GROUP);
        Actor outsider = person("Sarah", null);
        long id = draft(author, "Pour des résidences mutualisées");
        papers.submit(author, id, papers.find(author, id).version());
        StepView step = openStep(secretary, id);
        // One written opinion of three voters at least: the written rule has no quorum, and the room will decide.
        reviews.giveOpinion(secretary, step.id(), OpinionChoice.FAVOURABLE, "Bonne idée");
        StepView byOpinions = openStep(secretary, id);
        assertRefused("workflow.error.mayNotDecide", () -> reviews.decide(secretary, byOpinions.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", null, SessionVote.NONE, byOpinions.version()));

        long meetingId = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule(
                "GT " + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(MeetingSchedule.ZONE).plusDays(3),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "Le Camji", null)).meetingId();
        assertTrue(openStep(secretary, id).meetings().stream().noneMatch(m -> m.id() == meetingId));
        assertRefused("workflow.error.notInThatMeeting", () -> reviews.decide(secretary, byOpinions.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", meetingId, new SessionVote(0, 3, 0), byOpinions.version()));
        assertTrue(papers.ofMeeting(secretary, meetingId).toDecide().stream().anyMatch(l -> l.paperId() == id),
                "the meeting's page lists the papers its body reviews");

        meetings.convene(secretary, meetingId);
        meetings.answer(secretary, meetingId, AttendanceAnswer.PRESENT, null);
        TimeTravel.meetingStartedAnHourAgo(dataSource, meetingId);
        StepView inMeeting = openStep(secretary, id);
        assertTrue(inMeeting.meetings().stream().anyMatch(m -> m.id() == meetingId), "once it has begun");
        assertTrue(inMeeting.mayDecide());
        assertRefused("workflow.room.quorumNotReached", () -> reviews.decide(secretary, inMeeting.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", meetingId, new SessionVote(0, 1, 0), inMeeting.version()));

        int attending = everyoneAttends(secretary, meetingId);
        assertEquals(attending, reviews.sessionQuorum(secretary, inMeeting.id(), meetingId).counted());
        assertRefused("workflow.room.tooManyVoices", () -> reviews.decide(secretary, inMeeting.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", meetingId, new SessionVote(1, attending, 0),
                inMeeting.version()));
        assertEquals(List.of(StepDecision.APPROVE), offered(secretary, inMeeting.id(), meetingId,
                new SessionVote(3, 1, 0)), "a room voting for may only approve");
        assertRefused("workflow.room.majorityFor", () -> reviews.decide(secretary, inMeeting.id(),
                StepDecision.REQUEST_CHANGES, "À revoir", meetingId, new SessionVote(3, 1, 0), inMeeting.version()));
        SessionVote room = new SessionVote(1, 3, null);
        assertEquals(List.of(StepDecision.REQUEST_CHANGES, StepDecision.REJECT),
                offered(secretary, inMeeting.id(), meetingId, room), "the favourable written opinion is advice");
        reviews.decide(secretary, inMeeting.id(), StepDecision.REQUEST_CHANGES, "À revoir en séance", meetingId,
                room, inMeeting.version());

        StepView decided = papers.find(author, id).steps().stream().filter(s -> s.id() == inMeeting.id())
                .findFirst().orElseThrow();
        assertEquals(StepDecision.REQUEST_CHANGES, decided.decision());
        assertEquals(meetingId, decided.meetingId());
        assertEquals("Le Camji", decided.meetingPlace());
        assertTrue(decided.votedInSession());
        assertEquals(List.of(attending, 1, 3, 0), List.of(decided.voters(), decided.favourable(),
                decided.unfavourable(), decided.abstentions()), "the room's vote, not the written opinion");
        assertEquals(1, decided.opinions().size(), "the written opinion stays visible");
        assertEquals(ReviewStatus.CHANGES_REQUESTED, papers.find(author, id).status());
        MeetingPapers ofMeeting = papers.ofMeeting(secretary, meetingId);
        assertTrue(ofMeeting.decided().stream().anyMatch(l -> l.paperId() == id
                && l.decision() == StepDecision.REQUEST_CHANGES && l.votedInSession() && l.unfavourable() == 3),
                "listed among the meeting's decisions with the room's vote");
        assertTrue(ofMeeting.toDecide().stream().noneMatch(l -> l.paperId() == id));
        assertThrows(NotFoundException.class, () -> papers.ofMeeting(outsider, meetingId));
        assertTrue(subjects(author).contains("Votre note « Pour des résidences mutualisées » : modifications "
                + "demandées"), "the authors are told: " + subjects(author));
        assertTrue(notifications.latest(author.personId()).stream().anyMatch(n -> n.detail().contains(
                "a statué sur votre note de position « Pour des résidences mutualisées » : demande de modifications.")),
                "the outcome is a noun, not an infinitive");

        String wording = "Note de position « Pour des résidences mutualisées », version 1 : modifications "
                + "demandées aux auteurs — À revoir en séance";
        assertTrue(minutes.overview(secretary, meetingId).otherDecisions().stream()
                .anyMatch(d -> d.wording().equals(wording) && d.votesFor() == 1 && d.votesAgainst() == 3),
                "the minutes list it with the room's vote");
        long minutesId = minutes.open(secretary, meetingId);
        int written = minutes.writeDiscussion(secretary, minutesId,
                minutes.overview(secretary, meetingId).draft().version(), 0, "<p>La note est revue en séance.</p>");
        minutes.publish(secretary, minutesId, written);
        try (PDDocument pdf = Loader.loadPDF(minutes.pdf(secretary, minutesId).content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Pour des résidences mutualisées"), text);
            assertTrue(text.contains("modifications demandées aux auteurs"), text);
        }
    }

    @Test
    void anOverdueStepThatTheWrittenOpinionsCannotSettleGoesOnTheAgendaOfTheBodysNextMeeting() throws Exception {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor secretary = person("Julien", BodyCode.WORKING_GROUP, BodyRole.SECRETARY);
        Actor member = person("Marc", BodyCode.WORKING_GROUP);
        person("Lucie", BodyCode.WORKING_GROUP);
        String title = "Mutualiser un régisseur " + UUID.randomUUID().toString().substring(0, 8);
        long id = draft(author, title);
        papers.submit(author, id, papers.find(author, id).version());
        StepView step = openStep(secretary, id);
        assertFalse(step.mayPutOnAgenda(), "not before its deadline");
        assertRefused("workflow.agenda.error.notOffered", () -> reviews.putOnNextAgenda(secretary, step.id()));

        TimeTravel.stepDeadlinePassedAnHourAgo(dataSource, step.id());
        assertTrue(openStep(secretary, id).mayPutOnAgenda(), "offered to the secretary once overdue");
        assertFalse(openStep(member, id).mayPutOnAgenda(), "not to a member");
        assertRefused("workflow.agenda.error.notOffered", () -> reviews.putOnNextAgenda(member, step.id()));
        for (long meeting : meetings.meetingsOf(secretary, BodyCode.WORKING_GROUP).stream()
                .filter(m -> !m.isCancelled() && m.startsAt().toInstant().isAfter(Instant.now()))
                .map(m -> m.id()).toList()) {
            meetings.cancel(secretary, meeting, "Remplacée");
        }
        assertRefused("workflow.agenda.error.noMeeting", () -> reviews.putOnNextAgenda(secretary, step.id()));

        long later = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule("GT de janvier",
                LocalDate.now(MeetingSchedule.ZONE).plusDays(20), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Le Camji", null)).meetingId();
        long next = meetings.schedule(secretary, BodyCode.WORKING_GROUP, new MeetingSchedule("GT de décembre",
                LocalDate.now(MeetingSchedule.ZONE).plusDays(6), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Le Camji", null)).meetingId();
        assertEquals(next, reviews.putOnNextAgenda(secretary, step.id()).id(), "the next one, not a later one");
        assertTrue(meetings.find(secretary, next).agenda().stream()
                .anyMatch(item -> item.title().equals("Décision sur « " + title + " » (version 1)")));
        assertTrue(meetings.find(secretary, later).agenda().isEmpty());
        assertRefused("workflow.agenda.error.already", () -> reviews.putOnNextAgenda(secretary, step.id()));
    }

    /** The secretary records every member of the meeting's body present; how many they are. */
    private int everyoneAttends(Actor secretary, long meetingId) {
        Map<Long, AttendanceAnswer> present = meetings.find(secretary, meetingId).attendance().stream()
                .collect(Collectors.toMap(AttendanceLine::personId, line -> AttendanceAnswer.PRESENT));
        meetings.recordAttendance(secretary, meetingId, present);
        return present.size();
    }

    /** The decisions a decision form offers for that vote in that meeting. */
    private List<StepDecision> offered(Actor actor, long stepId, long meetingId, SessionVote vote) {
        return reviews.decisionOptions(actor, stepId, meetingId, vote).stream().filter(DecisionOption::allowed)
                .map(DecisionOption::decision).toList();
    }

    private List<String> subjects(Actor person) {
        return notifications.latest(person.personId()).stream().map(NotificationView::subject).toList();
    }

    @Test
    void theBodyIsToldWhenAStepOpensRemindedOnceBeforeItsDeadlineAndItsChairWhenItIsOverdue() {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor member = person("Marc", BodyCode.WORKING_GROUP);
        Actor spoken = person("Nadia", BodyCode.WORKING_GROUP);
        Actor chair = person("Lucie", BodyCode.WORKING_GROUP, BodyRole.CHAIR);
        String title = "Rappels " + UUID.randomUUID().toString().substring(0, 8);
        long id = draft(author, title);
        papers.submit(author, id, papers.find(author, id).version());
        String opened = "Note de position à examiner : « " + title + " » (Groupe de travail resserré)";
        assertTrue(subjects(member).contains(opened), "the body's members are told: " + subjects(member));
        assertFalse(subjects(author).contains(opened), "not its authors");
        StepView step = openStep(author, id);
        reviews.giveOpinion(spoken, step.id(), OpinionChoice.FAVOURABLE, null);

        Instant deadline = step.deadlineAt();
        deadlines.remindAndFlag(deadline.minus(ReviewDeadlines.REMINDER_BEFORE).minusSeconds(60));
        assertTrue(subjects(member).stream().noneMatch(subject -> subject.startsWith("Rappel") && subject.contains(title)),
                "too early for a reminder");
        deadlines.remindAndFlag(deadline.minus(ReviewDeadlines.REMINDER_BEFORE).plusSeconds(60));
        deadlines.remindAndFlag(deadline.minusSeconds(60));
        assertEquals(1, subjects(member).stream().filter(s -> s.startsWith("Rappel") && s.contains(title)).count(),
                "reminded once: " + subjects(member));
        assertTrue(subjects(spoken).stream().noneMatch(s -> s.startsWith("Rappel") && s.contains(title)),
                "not who has given an opinion");

        deadlines.remindAndFlag(deadline.plusSeconds(60));
        deadlines.remindAndFlag(deadline.plusSeconds(3600));
        assertEquals(1, subjects(chair).stream().filter(s -> s.equals("Délai dépassé : « " + title
                + " » (Groupe de travail resserré)")).count(), "the chair is told once: " + subjects(chair));
        assertTrue(subjects(member).stream().noneMatch(s -> s.startsWith("Délai dépassé") && s.contains(title)));
    }

    private long deposit(Actor actor, String title, Set<BodyCode> bodies) {
        return library.deposit(actor, new Deposit(new ByteArrayInputStream(
                "Étude sur la mutualisation des salles du département.".getBytes(StandardCharsets.UTF_8)),
                "etude.txt", new DocumentDescription(title, null, DocumentCategory.RESEARCH, List.of()), bodies))
                .documentId();
    }

    @Test
    void aDocumentSubmittedToTheSteeringCommitteeIsReviewedThereAndItsOutcomeStaysOnIt() throws SQLException {
        Actor member = person("Alice", BodyCode.WORKING_GROUP);
        Actor committee = person("Ines", BodyCode.STEERING_COMMITTEE);
        Actor partner = TestPeople.signIn(people, "/partenaires/drac", "Paul", BodyCode.STEERING_COMMITTEE);
        Actor reader = person("Sarah", null);
        String title = "Étude " + UUID.randomUUID().toString().substring(0, 8);
        long restricted = deposit(member, title + " (groupe)", Set.of(BodyCode.WORKING_GROUP));
        assertRefused("workflow.document.error.notVisibleToCommittee", () -> documentReviews.submit(member, restricted));
        assertFalse(documentReviews.maySubmit(member, restricted), "not offered what submit refuses");
        assertEquals("workflow.document.error.notVisibleToCommittee",
                documentReviews.hindrance(member, restricted).orElseThrow().messageKey(), "the page says why");
        long document = deposit(member, title, Set.of());
        assertRefused("workflow.document.error.membersOnly", () -> documentReviews.submit(partner, document));
        assertFalse(documentReviews.maySubmit(partner, document));
        assertTrue(documentReviews.hindrance(partner, document).isEmpty(), "partners are offered nothing to submit");
        assertTrue(documentReviews.of(reader, document).isEmpty(), "never submitted");
        assertTrue(documentReviews.maySubmit(member, document) && documentReviews.hindrance(member, document).isEmpty());

        documentReviews.submit(member, document);
        assertRefused("workflow.document.error.alreadyInReview", () -> documentReviews.submit(member, document));
        assertFalse(documentReviews.maySubmit(member, document));
        assertTrue(documentReviews.hindrance(member, document).isEmpty(), "the review under way is shown instead");
        assertTrue(subjects(committee).contains("Document soumis au comité de pilotage : « " + title + " »"),
                "the committee is told: " + subjects(committee));
        StepView step = documentReviews.of(committee, document).orElseThrow().openStep();
        assertEquals(BodyCode.STEERING_COMMITTEE, step.body());
        assertTrue(step.mayGiveOpinion());
        assertTrue(papers.tasks(committee).stream().anyMatch(task -> task.title().equals(title)
                && task.outcome().equals("/documents/document") && task.subjectId() == document),
                "it awaits the committee's opinions among their tasks");
        assertThrows(NotFoundException.class, () -> reviews.giveOpinion(reader, step.id(), OpinionChoice.FAVOURABLE,
                null), "only the committee's members give opinions");
        for (long voter : electorate(step.id())) {
            if (documentReviews.of(committee, document).orElseThrow().openStep() == null) {
                break;
            }
            reviews.giveOpinion(new Actor(voter, false), step.id(), OpinionChoice.FAVOURABLE, "Utile au pôle");
        }

        DocumentReview approved = documentReviews.of(member, document).orElseThrow();
        assertEquals(ReviewStatus.APPROVED, approved.status(), "the committee's rule approved it");
        assertFalse(approved.steps().get(0).opinions().isEmpty(), "its submitter sees the opinions");
        DocumentReview seen = documentReviews.of(reader, document).orElseThrow();
        assertEquals(ReviewStatus.APPROVED, seen.status(), "every reader of the document sees the outcome");
        assertTrue(seen.steps().isEmpty(), "but not the committee's opinions");
        assertTrue(audit.historyOf("document", document).stream()
                .anyMatch(entry -> entry.action().equals("document.submittedForReview")));
    }

    @Test
    void anAdoptedPaperHasAnAdoptionRecordForEveryoneAndNoOtherPaperHasOne() throws Exception {
        Actor author = person("Alice", BodyCode.WORKING_GROUP);
        Actor groupMember = person("Gaspard", BodyCode.WORKING_GROUP);
        person("Ines", BodyCode.DEPARTMENTAL_MEETING);
        Actor committeeMember = person("Bruno", BodyCode.STEERING_COMMITTEE);
        person("Chloe", BodyCode.STEERING_COMMITTEE);
        person("David", BodyCode.STEERING_COMMITTEE);
        Actor secretary = person("Julien", BodyCode.STEERING_COMMITTEE, BodyRole.SECRETARY);
        Actor partner = TestPeople.signIn(people, "/partenaires/drac", "Paul", null);
        Actor member = person("Sarah", null);
        String title = "Registre " + UUID.randomUUID().toString().substring(0, 8);
        long id = draft(author, title);
        long draft = draft(author, title + " (brouillon)");
        assertTrue(adoptionRecords.find(author, draft).isEmpty(), "a draft has no record, even for its author");
        assertTrue(adoptionRecords.find(member, Long.MAX_VALUE).isEmpty(), "nor an unknown id");

        papers.submit(author, id, papers.find(author, id).version());
        assertTrue(adoptionRecords.find(author, id).isEmpty(), "nor a paper in review, even for its author");
        assertTrue(adoptionRecords.find(groupMember, id).isEmpty(), "nor for the body reviewing it");
        everyoneSays(author, id, OpinionChoice.FAVOURABLE, Set.of(author.personId()));
        assertEquals(BodyCode.DEPARTMENTAL_MEETING, openStep(author, id).body());
        assertTrue(adoptionRecords.find(member, id).isEmpty(), "nor a paper half-way through its circuit");
        everyoneSays(author, id, OpinionChoice.FAVOURABLE, Set.of());

        // The steering committee decides in one of its meetings: one favourable opinion, abstentions, and the
        // secretary, silent, records the approval there (the majority allows it; the rule alone does not settle it).
        String place = "Salle du Patronage laïque, Niort";
        long meetingId = meetings.schedule(secretary, BodyCode.STEERING_COMMITTEE, new MeetingSchedule(
                "COPIL " + UUID.randomUUID().toString().substring(0, 8), LocalDate.now(MeetingSchedule.ZONE).plusDays(3),
                LocalTime.of(10, 0), LocalTime.of(12, 0), place, null)).meetingId();
        meetings.convene(secretary, meetingId);
        TimeTravel.meetingStartedAnHourAgo(dataSource, meetingId);
        StepView committee = openStep(secretary, id);
        assertEquals(BodyCode.STEERING_COMMITTEE, committee.body());
        reviews.giveOpinion(committeeMember, committee.id(), OpinionChoice.FAVOURABLE, "Utile au pôle");
        for (long voter : electorate(committee.id())) {
            if (voter != committeeMember.personId() && voter != secretary.personId()) {
                reviews.giveOpinion(new Actor(voter, false), committee.id(), OpinionChoice.ABSTENTION, null);
            }
        }
        StepView toDecide = openStep(secretary, id);
        assertTrue(toDecide.meetings().stream().anyMatch(m -> m.id() == meetingId));
        int attending = everyoneAttends(secretary, meetingId);
        reviews.decide(secretary, toDecide.id(), StepDecision.APPROVE, null, meetingId,
                new SessionVote(attending - 1, 0, 1), toDecide.version());

        PaperView adopted = papers.find(author, id);
        assertEquals(ReviewStatus.APPROVED, adopted.status());
        AdoptionRecord forPartner = adoptionRecords.find(partner, id).orElseThrow();
        AdoptionRecord forMember = adoptionRecords.find(member, id).orElseThrow();
        assertEquals(forMember, forPartner, "the same record for a partner and a member who sit nowhere");
        assertEquals(title, forPartner.title());
        assertEquals(1, forPartner.version());
        assertTrue(forPartner.textHtml().contains("Les salles demandent une aide à la diffusion."));
        assertEquals(64, forPartner.textSha256().length());
        assertEquals(3, forPartner.history().size(), "one round per step");

        List<AdoptionRecord.Approval> approvals = forPartner.approvals();
        assertEquals(List.of(1, 2, 3), approvals.stream().map(AdoptionRecord.Approval::position).toList());
        assertEquals(adopted.steps().stream().map(StepView::bodyName).toList(),
                approvals.stream().map(AdoptionRecord.Approval::bodyName).toList(), "the three bodies, in order");
        for (int i = 0; i < 3; i++) {
            StepView step = adopted.steps().get(i);
            AdoptionRecord.Approval approval = approvals.get(i);
            assertEquals(StepDecision.APPROVE, step.decision());
            assertEquals(step.closedAt(), approval.decidedAt());
            assertEquals(step.voters(), approval.voters(), step.bodyName());
            assertEquals(step.favourable(), approval.favourable(), step.bodyName());
            assertEquals(step.unfavourable(), approval.unfavourable(), step.bodyName());
            assertEquals(step.abstentions(), approval.abstentions(), step.bodyName());
            assertEquals(DecisionRule.MAJORITY_WITH_QUORUM, approval.rule());
        }
        assertNull(approvals.get(0).decidedBy(), "the working group's opinions settled it by its rule");
        assertNull(approvals.get(0).meeting());
        assertTrue(approvals.get(0).favourable() > 0);
        assertEquals(0, approvals.get(0).unfavourable());

        AdoptionRecord.Approval byCommittee = approvals.get(2);
        assertEquals(adopted.steps().get(2).decidedByName(), byCommittee.decidedBy());
        assertTrue(byCommittee.votedInSession());
        assertEquals(attending, byCommittee.voters(), "the members present or represented");
        assertEquals(attending - 1, byCommittee.favourable(), "the room's vote, not the written opinions");
        assertEquals(0, byCommittee.unfavourable());
        assertEquals(1, byCommittee.abstentions());
        assertEquals(meetings.startOf(meetingId).toInstant(), byCommittee.meeting().startsAt().toInstant());
        assertEquals(place, byCommittee.meeting().place());

        try (PDDocument pdf = Loader.loadPDF(AdoptionPdf.render(forPartner))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(title), text);
            assertTrue(text.contains(approvals.get(2).bodyName()), text);
            assertTrue(text.contains("Patronage laïque"), text);
            assertTrue(text.replace('\u00a0', ' ').contains("Vote en séance – présents ou représentés : " + attending
                    + ", pour : " + (attending - 1) + ", contre : 0, abstentions : 1"), text);
        }
    }
}
