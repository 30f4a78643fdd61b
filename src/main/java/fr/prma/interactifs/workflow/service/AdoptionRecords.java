package fr.prma.interactifs.workflow.service;

import java.text.Collator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.platform.text.RichText;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.workflow.entity.PaperVersion;
import fr.prma.interactifs.workflow.entity.PositionPaper;
import fr.prma.interactifs.workflow.entity.Review;
import fr.prma.interactifs.workflow.entity.ReviewStatus;
import fr.prma.interactifs.workflow.entity.ReviewStep;
import fr.prma.interactifs.workflow.entity.StepDecision;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The register of adopted positions: for an adopted paper, the record of its adoption (the approved version,
 * which bodies approved it, when, in which meeting, with which counts, and every round of its review), which
 * every signed-in person reads, partners included, and which prints as a PDF ({@link AdoptionPdf}).
 * <p>
 * Any other paper has no record, whoever asks: a draft, a paper in review, sent back, rejected or withdrawn
 * answers exactly as an id that does not exist, so that the register tells nothing of papers still in the
 * making ({@link ReviewPolicy#hasPublicAdoptionRecord}).
 */
@Stateless
public class AdoptionRecords {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Meetings meetings;

    /**
     * The adoption record of a paper, for a signed-in person.
     *
     * @return empty unless the paper exists and is adopted
     */
    public Optional<AdoptionRecord> find(Actor actor, long paperId) {
        if (actor == null) {
            return Optional.empty();
        }
        PositionPaper paper = em.find(PositionPaper.class, paperId);
        if (paper == null || !ReviewPolicy.hasPublicAdoptionRecord(paper.getStatus())) {
            return Optional.empty();
        }
        Review review = em.createNamedQuery("Review.findByPaper", Review.class).setParameter("paperId", paperId)
                .getResultStream().findFirst().orElse(null);
        ReviewStep last = review == null || review.getStatus() != ReviewStatus.APPROVED ? null : review.currentStep();
        if (last == null || last.getDecision() != StepDecision.APPROVE) {
            return Optional.empty();
        }
        return paper.getVersions().stream().filter(version -> version.getNumber() == last.getSubjectVersion())
                .findFirst().map(approved -> record(paper, review, approved));
    }

    private AdoptionRecord record(PositionPaper paper, Review review, PaperVersion approved) {
        List<ReviewStep> steps = review.getSteps();
        // the latest round of each step, in the circuit's order: the approvals that carried the paper through
        BinaryOperator<ReviewStep> latest = (one, other) -> one.getRound() >= other.getRound() ? one : other;
        Map<Integer, ReviewStep> lastRounds = steps.stream()
                .collect(Collectors.toMap(ReviewStep::getPosition, step -> step, latest, TreeMap::new));
        List<AdoptionRecord.Approval> approvals = lastRounds.values().stream()
                .filter(step -> step.getDecision() == StepDecision.APPROVE).map(this::approval).toList();
        List<AdoptionRecord.Round> history = steps.stream().map(AdoptionRecords::round).toList();
        List<String> authors = paper.getAuthors().stream().map(Person::getDisplayName)
                .sorted(Collator.getInstance(Locale.FRENCH)).toList();
        List<AdoptionRecord.Attachment> attachments = approved.getAttachments().stream()
                .map(a -> new AdoptionRecord.Attachment(a.getTitle(), a.getDocumentVersionNumber(),
                        a.getContentSha256()))
                .toList();
        return new AdoptionRecord(paper.getId(), approved.getTitle(), approved.getAddressee(), approved.getTheme(),
                approved.getSummary(), authors, approved.getNumber(), approved.getFrozenAt(),
                RichText.sanitize(approved.getBodyHtml()), approved.getBodySha256(), attachments,
                review.getEndedAt() != null ? review.getEndedAt() : review.currentStep().getClosedAt(), approvals,
                history);
    }

    private AdoptionRecord.Approval approval(ReviewStep step) {
        return new AdoptionRecord.Approval(step.getPosition(), step.getBody().getName(), step.getRound(),
                step.getSubjectVersion(), step.getClosedAt(),
                step.getDecidedBy() == null ? null : step.getDecidedBy().getDisplayName(), step.getRule(),
                meeting(step.getDecidedInMeetingId()), step.isVotedInSession(), step.getVoters(), step.getFavourable(), step.getUnfavourable(),
                step.getAbstentions());
    }

    private AdoptionRecord.Meeting meeting(Long meetingId) {
        if (meetingId == null) {
            return null;
        }
        OffsetDateTime startsAt = meetings.startOf(meetingId);
        return startsAt == null ? null : new AdoptionRecord.Meeting(startsAt, meetings.placeOf(meetingId));
    }

    private static AdoptionRecord.Round round(ReviewStep step) {
        return new AdoptionRecord.Round(step.getPosition(), step.getBody().getName(), step.getRound(),
                step.getSubjectVersion(), step.getOpenedAt(), step.getDecision(), step.getClosedAt(), step.getReason());
    }
}
