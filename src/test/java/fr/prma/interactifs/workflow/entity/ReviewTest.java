package fr.prma.interactifs.workflow.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.testing.Entities;

/**
 * A position paper through the default circuit, in the domain alone: frozen versions, steps in order, opinions
 * of the members the body had when the step opened, decisions by the rules, changes requested and a new round,
 * withdrawal.
 */
class ReviewTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    private final Body workingGroup = Entities.body(1, BodyCode.WORKING_GROUP, "Groupe de travail resserré");
    private final Body departmental = Entities.body(2, BodyCode.DEPARTMENTAL_MEETING, "Réunion départementale");
    private final Body steering = Entities.body(3, BodyCode.STEERING_COMMITTEE, "Comité de pilotage");
    private final Person author = Entities.person(10, "auteur");
    private final Person chair = Entities.person(11, "presidence");
    private final Person camille = Entities.person(12, "camille");
    private final Person ines = Entities.person(13, "ines");
    private final Person thomas = Entities.person(14, "thomas");
    private final Person newcomer = Entities.person(15, "nouvelle");

    private final CircuitVersion circuit = new Circuit("notes", "Notes de position", SubjectKind.PAPER).defineSteps(
            List.of(new Circuit.StepPlan(workingGroup, DecisionRule.CHAIR_DECIDES, 15),
                    new Circuit.StepPlan(departmental, DecisionRule.MAJORITY_WITH_QUORUM, 30),
                    new Circuit.StepPlan(steering, DecisionRule.UNANIMITY, null)),
            null, MONDAY);

    private PositionPaper draft() {
        return new PositionPaper(author, new PaperDraft("Pour une aide régionale à la diffusion",
                "Ce que nous demandons à la Région", "Diffusion", "Région Nouvelle-Aquitaine",
                "<p>Les salles du département demandent <script>alert(1)</script>une aide.</p>"), MONDAY);
    }

    private static Set<Long> ids(Person... people) {
        return java.util.Arrays.stream(people).map(Person::getId).collect(java.util.stream.Collectors.toSet());
    }

    private static void assertRefused(String messageKey, Executable action) {
        assertEquals(messageKey, assertThrows(BusinessException.class, action).messageKey());
    }

    @Test
    void aPaperGoesThroughEveryStepInOrderWithARoundOfChangesAndIsAdopted() {
        PositionPaper paper = draft();
        assertFalse(paper.getBodyHtml().contains("script"), "the text is sanitised");
        PaperVersion first = paper.freeze(List.of(), author, MONDAY);
        assertEquals(ReviewStatus.IN_REVIEW, paper.getStatus());
        Review review = Review.ofPaper(paper, circuit, author, MONDAY);

        ReviewStep group = review.openCurrentStep(first.getNumber(), ids(author, chair), 50, MONDAY);
        assertEquals(MONDAY.plus(Duration.ofDays(15)), group.getDeadlineAt());
        group.close(StepDecision.APPROVE, chair, null, null, group.tally(ids(author)), MONDAY);
        assertTrue(review.follow(StepDecision.APPROVE, MONDAY), "the next step is to be opened");

        ReviewStep meeting = review.openCurrentStep(1, ids(camille, ines, thomas), 50, MONDAY);
        meeting.giveOpinion(camille, OpinionChoice.UNFAVOURABLE, "Chiffrer la demande", MONDAY);
        meeting.giveOpinion(ines, OpinionChoice.FAVOURABLE, null, MONDAY);
        assertRefused("workflow.rule.noUnfavourableMajority", () -> meeting.close(StepDecision.REJECT, camille, null,
                "Trop vague", meeting.tally(ids(author)), MONDAY));
        meeting.close(StepDecision.REQUEST_CHANGES, camille, 77L, "Chiffrer la demande", meeting.tally(ids(author)),
                MONDAY);
        assertFalse(review.follow(StepDecision.REQUEST_CHANGES, MONDAY));
        assertEquals(ReviewStatus.CHANGES_REQUESTED, review.getStatus());
        paper.follow(ReviewStatus.CHANGES_REQUESTED, MONDAY);
        assertEquals(Long.valueOf(77), meeting.getDecidedInMeetingId());
        assertEquals(1, meeting.getFavourable());
        assertEquals(1, meeting.getUnfavourable());

        paper.write(new PaperDraft("Pour une aide régionale à la diffusion", null, null, null,
                "<p>Nous demandons 40 000 € par an.</p>"), MONDAY);
        PaperVersion second = paper.freeze(List.of(), author, MONDAY);
        assertEquals(2, second.getNumber());
        assertTrue(first.getBodyHtml().contains("demandent"), "the first version never changes");
        assertTrue(second.getBodyHtml().contains("40 000"));
        review.resume();
        ReviewStep again = review.openCurrentStep(second.getNumber(), ids(camille, ines, thomas), 50, MONDAY);
        assertEquals(2, again.getPosition(), "the same step opens again");
        assertEquals(2, again.getRound());
        again.giveOpinion(camille, OpinionChoice.FAVOURABLE_WITH_RESERVATIONS, "Le montant est ambitieux", MONDAY);
        assertFalse(again.tally(ids(author)).approvalSettled());
        again.giveOpinion(ines, OpinionChoice.FAVOURABLE, null, MONDAY);
        assertTrue(again.tally(ids(author)).approvalSettled(), "2 for of 3, the last could not change it");
        again.close(StepDecision.APPROVE, null, null, null, again.tally(ids(author)), MONDAY);
        assertTrue(review.follow(StepDecision.APPROVE, MONDAY));

        ReviewStep committee = review.openCurrentStep(2, ids(chair, thomas, author), 50, MONDAY);
        assertNull(committee.getDeadlineAt(), "this step has no deadline");
        committee.giveOpinion(author, OpinionChoice.FAVOURABLE, "J'en suis l'auteur", MONDAY);
        committee.giveOpinion(chair, OpinionChoice.FAVOURABLE, null, MONDAY);
        assertRefused("workflow.rule.notUnanimous", () -> committee.close(StepDecision.APPROVE, chair, null, null,
                committee.tally(ids(author)), MONDAY));
        committee.giveOpinion(thomas, OpinionChoice.FAVOURABLE, null, MONDAY);
        committee.close(StepDecision.APPROVE, chair, null, null, committee.tally(ids(author)), MONDAY);
        assertFalse(review.follow(StepDecision.APPROVE, MONDAY), "the last step");
        assertEquals(ReviewStatus.APPROVED, review.getStatus());
        paper.follow(ReviewStatus.APPROVED, MONDAY);
        assertEquals(ReviewStatus.APPROVED, paper.getStatus());
        assertEquals(MONDAY, review.getEndedAt());
        assertEquals(2, committee.getVoters(), "the author's opinion was shown but not counted");
        assertEquals(4, review.getSteps().size(), "every round of every step is kept: 1, 2 twice, 3");
    }

    @Test
    void onlyTheMembersWhenTheStepOpenedGiveOneOpinionEachUntilItCloses() {
        Review review = Review.ofPaper(draft(), circuit, author, MONDAY);
        ReviewStep step = review.openCurrentStep(1, ids(chair, camille), 50, MONDAY);

        assertRefused("workflow.error.notInBody", () -> step.giveOpinion(newcomer, OpinionChoice.FAVOURABLE, null,
                MONDAY));
        step.giveOpinion(camille, OpinionChoice.UNFAVOURABLE, "Trop long", MONDAY);
        step.giveOpinion(camille, OpinionChoice.FAVOURABLE, "Relu : d'accord", MONDAY.plusSeconds(60));
        assertEquals(1, step.getOpinions().size(), "one opinion per person, changed");
        assertEquals(OpinionChoice.FAVOURABLE, step.opinionOf(camille.getId()).orElseThrow().getChoice());
        assertEquals(MONDAY, step.opinionOf(camille.getId()).orElseThrow().getGivenAt());
        assertRefused("workflow.error.opinionRequired", () -> step.giveOpinion(chair, null, null, MONDAY));

        step.close(StepDecision.APPROVE, chair, null, null, step.tally(Set.of()), MONDAY);
        assertRefused("workflow.error.stepClosed", () -> step.giveOpinion(chair, OpinionChoice.FAVOURABLE, null,
                MONDAY));
        assertRefused("workflow.error.stepClosed", () -> step.close(StepDecision.REJECT, chair, null, "Non",
                step.tally(Set.of()), MONDAY));
    }

    @Test
    void aStepCannotBeSkippedNorReopenedOutOfOrder() {
        Review review = Review.ofPaper(draft(), circuit, author, MONDAY);
        ReviewStep step = review.openCurrentStep(1, ids(chair), 50, MONDAY);

        assertThrows(IllegalStateException.class, () -> review.openCurrentStep(1, ids(chair), 50, MONDAY),
                "a second step while one is open");
        assertThrows(IllegalStateException.class, () -> review.follow(StepDecision.APPROVE, MONDAY),
                "moving on before the step closed");
        step.close(StepDecision.REJECT, chair, null, "Hors du champ du pôle", step.tally(Set.of()), MONDAY);
        assertThrows(IllegalStateException.class, () -> review.follow(StepDecision.APPROVE, MONDAY),
                "following another decision than the step's");
        review.follow(StepDecision.REJECT, MONDAY);
        assertEquals(ReviewStatus.REJECTED, review.getStatus());
        assertThrows(IllegalStateException.class, () -> review.openCurrentStep(1, ids(chair), 50, MONDAY),
                "an ended review opens nothing");
        assertRefused("workflow.error.transition", review::resume);
        assertRefused("workflow.error.alreadyEnded", () -> review.withdraw(MONDAY));
    }

    @Test
    void sendingBackOrRejectingNeedsAReason() {
        Review review = Review.ofPaper(draft(), circuit, author, MONDAY);
        ReviewStep step = review.openCurrentStep(1, ids(chair), 50, MONDAY);

        assertRefused("workflow.error.reasonRequired", () -> step.close(StepDecision.REJECT, chair, null, "  ",
                step.tally(Set.of()), MONDAY));
        assertRefused("workflow.error.reasonRequired", () -> step.close(StepDecision.REQUEST_CHANGES, chair, null,
                null, step.tally(Set.of()), MONDAY));
        assertTrue(step.isOpen(), "nothing changed");
    }

    @Test
    void withdrawingClosesTheStepUnderWayAndFreezesThePaper() {
        PositionPaper paper = draft();
        paper.freeze(List.of(), author, MONDAY);
        Review review = Review.ofPaper(paper, circuit, author, MONDAY);
        ReviewStep step = review.openCurrentStep(1, ids(chair, camille), 50, MONDAY);
        step.giveOpinion(camille, OpinionChoice.FAVOURABLE, "Bien", MONDAY);

        review.withdraw(MONDAY);
        paper.follow(ReviewStatus.WITHDRAWN, MONDAY);

        assertEquals(ReviewStatus.WITHDRAWN, review.getStatus());
        assertFalse(step.isOpen());
        assertNull(step.getDecision());
        assertEquals(1, step.getOpinions().size(), "the opinions given are kept");
        assertRefused("workflow.paper.error.notEditable", () -> paper.write(new PaperDraft("Autre", null, null,
                null, null), MONDAY));
        assertRefused("workflow.error.stepClosed", () -> step.giveOpinion(chair, OpinionChoice.FAVOURABLE, null,
                MONDAY));
    }

    @Test
    void aPaperWithoutTextNorAttachmentCannotBeSubmittedAndStaysADraft() {
        PositionPaper paper = new PositionPaper(author, new PaperDraft("Titre seul", null, null, null, "<p> </p>"),
                MONDAY);

        assertRefused("workflow.paper.error.empty", () -> paper.freeze(List.of(), author, MONDAY));
        assertEquals(ReviewStatus.DRAFT, paper.getStatus());
        assertNull(paper.lastVersion());

        PaperVersion withAttachment = paper.freeze(List.of(new AttachedDocument(5, 2, "ab".repeat(32), "Étude")),
                author, MONDAY);
        assertEquals(2, withAttachment.getAttachments().get(0).getDocumentVersionNumber());
        assertRefused("workflow.paper.error.notEditable", () -> paper.changeAttachments(Set.of(), MONDAY));
    }

    @Test
    void aDraftNeedsATitleAndAnAuthor() {
        PositionPaper paper = draft();

        assertRefused("workflow.paper.error.titleRequired", () -> paper.write(new PaperDraft(" ", null, null, null,
                null), MONDAY));
        assertRefused("workflow.paper.error.noAuthor", () -> paper.changeAuthors(Set.of(), MONDAY));
        assertRefused("workflow.paper.error.tooLong", () -> paper.write(new PaperDraft("x".repeat(301), null, null,
                null, null), MONDAY));
        assertTrue(paper.isAuthor(author.getId()));
    }

    @Test
    void aCircuitHasStepsWithPositiveDeadlinesAndKeepsItsEarlierVersions() {
        Circuit circuitOfPapers = new Circuit("c", "Circuit", SubjectKind.PAPER);

        assertRefused("workflow.circuit.error.noStep", () -> circuitOfPapers.defineSteps(List.of(), chair, MONDAY));
        assertRefused("workflow.circuit.error.deadline", () -> circuitOfPapers.defineSteps(
                List.of(new Circuit.StepPlan(steering, DecisionRule.UNANIMITY, 0)), chair, MONDAY));
        assertRefused("workflow.circuit.error.incompleteStep", () -> circuitOfPapers.defineSteps(
                List.of(new Circuit.StepPlan(steering, null, 3)), chair, MONDAY));

        CircuitVersion first = circuitOfPapers.defineSteps(List.of(new Circuit.StepPlan(steering,
                DecisionRule.UNANIMITY, 10)), chair, MONDAY);
        CircuitVersion second = circuitOfPapers.defineSteps(List.of(new Circuit.StepPlan(workingGroup,
                DecisionRule.CHAIR_DECIDES, null), new Circuit.StepPlan(steering, DecisionRule.UNANIMITY, 10)), chair,
                MONDAY);
        assertEquals(second, circuitOfPapers.current());
        assertEquals(1, first.getSteps().size(), "a review under way keeps its version");
        assertTrue(second.isLast(2));
        assertFalse(second.isLast(1));
    }
}
