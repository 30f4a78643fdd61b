package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.List;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.SubjectKind;

/**
 * A circuit as its administrators see it: the steps new reviews follow, and every earlier version with the number
 * of reviews that follow it still or followed it.
 *
 * @param currentNumber the version new reviews follow; an administrator's change names it, so that two
 *                      administrators changing the circuit at once do not overwrite each other
 */
public record CircuitView(long id, String code, String name, SubjectKind subjectKind, int currentNumber, List<Step> steps,
        List<Version> versions) {

    /** A step of a version: which body decides, by which rule, within how many days ({@code null}: no deadline). */
    public record Step(int position, BodyCode body, String bodyName, DecisionRule rule, Integer deadlineDays) {
    }

    /** A version of the circuit, who made it and when ({@code null} for the installation's own), and its use. */
    public record Version(int number, Instant createdAt, String createdBy, List<Step> steps, long reviews) {
    }
}
