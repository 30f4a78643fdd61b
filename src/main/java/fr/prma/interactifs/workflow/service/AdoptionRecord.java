package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.StepDecision;

/**
 * What the cluster adopted, and how: an adopted position paper in the version its last body approved, the
 * approvals that carried it through the circuit, and every round of its review. Read by
 * {@link AdoptionRecords#find}, printed by {@link AdoptionPdf}. Lists are copied; a {@code null} list is an
 * empty one. Plain-text values are as typed; only {@link #textHtml()} is HTML, already sanitised.
 *
 * @param paperId     the paper's id
 * @param title       the approved version's title
 * @param addressee   to whom the position is addressed; {@code null} when none was given
 * @param theme       its theme; {@code null} when none was given
 * @param summary     its summary; {@code null} when none was given
 * @param authors     the authors' names, by name
 * @param version     the number of the approved version
 * @param frozenAt    when that version was frozen (submitted)
 * @param textHtml    its text, sanitised ({@code RichText.sanitize}); empty when it has attachments only
 * @param textSha256  the hash of its text as frozen, which tells it apart from any other
 * @param attachments the library's documents that version holds, in the version they were then
 * @param adoptedAt   when the last approval closed the review
 * @param approvals   one per step of the circuit: the round that approved, in the circuit's order
 * @param history     every round of every step, in the order they opened
 */
public record AdoptionRecord(long paperId, String title, String addressee, String theme, String summary,
        List<String> authors, int version, Instant frozenAt, String textHtml, String textSha256,
        List<Attachment> attachments, Instant adoptedAt, List<Approval> approvals, List<Round> history) {

    public AdoptionRecord {
        authors = authors == null ? List.of() : List.copyOf(authors);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * A document of the library attached to the approved version.
     *
     * @param version the document's version frozen with the paper's
     * @param sha256  that version's content hash
     */
    public record Attachment(String title, int version, String sha256) {
    }

    /**
     * A body's approval: the last round of one step of the circuit.
     *
     * @param position    the step's place in the circuit, from 1
     * @param version     the paper's version the body approved: an earlier one than the adopted version when a
     *                    later body asked for changes
     * @param decidedBy   who closed the step; {@code null} when the members' opinions settled it by its rule
     * @param meeting     the body's meeting it was decided in; {@code null} when decided outside a meeting
     * @param voters      the members counted (the authors never are); the counts are {@code null} only for a
     *                    step closed without counting, which an adopted paper does not have
     */
    public record Approval(int position, String bodyName, int round, int version, Instant decidedAt,
            String decidedBy, DecisionRule rule, Meeting meeting, boolean votedInSession, Integer voters,
            Integer favourable, Integer unfavourable, Integer abstentions) {
    }

    /**
     * The meeting a decision was taken in.
     *
     * @param place where it was held; {@code null} when by video only (the link is not part of the record)
     */
    public record Meeting(OffsetDateTime startsAt, String place) {
    }

    /**
     * One round of one step.
     *
     * @param decision {@code null} for a round closed without a decision (a withdrawal, which an adopted paper
     *                 did not have)
     * @param reason   why changes were asked or the paper rejected; {@code null} for most approvals
     */
    public record Round(int position, String bodyName, int round, int version, Instant openedAt,
            StepDecision decision, Instant decidedAt, String reason) {
    }
}
