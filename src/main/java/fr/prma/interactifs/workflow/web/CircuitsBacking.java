package fr.prma.interactifs.workflow.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.BodySummary;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.SubjectKind;
import fr.prma.interactifs.workflow.service.CircuitView;
import fr.prma.interactifs.workflow.service.Circuits;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /notes/circuits.xhtml}: administrators see the review circuits with their versions and change a
 * circuit's steps (add, move, remove, body, rule, deadline), saved as its next version. Others get 404.
 */
@Named
@ViewScoped
public class CircuitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Circuits circuits;

    @EJB
    private BodyMemberships memberships;

    @Inject
    private CurrentUser currentUser;

    private List<CircuitView> all;

    /** The circuit being changed, {@code null} when none. */
    private String editing;

    private int editingNumber;

    private final List<StepRow> rows = new ArrayList<>();

    private List<BodySummary> bodies;

    /** A step in the editor. */
    public static class StepRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private BodyCode body;
        private DecisionRule rule;
        private Integer deadlineDays;

        StepRow(BodyCode body, DecisionRule rule, Integer deadlineDays) {
            this.body = body;
            this.rule = rule;
            this.deadlineDays = deadlineDays;
        }

        public BodyCode getBody() {
            return body;
        }

        public void setBody(BodyCode body) {
            this.body = body;
        }

        public DecisionRule getRule() {
            return rule;
        }

        public void setRule(DecisionRule rule) {
            this.rule = rule;
        }

        public Integer getDeadlineDays() {
            return deadlineDays;
        }

        public void setDeadlineDays(Integer deadlineDays) {
            this.deadlineDays = deadlineDays;
        }
    }

    /** View action (first request only). */
    public void load() throws IOException {
        if (!currentUser.actor().administrator()) {
            Feedback.notFound();
            return;
        }
        all = circuits.all(currentUser.actor());
    }

    /** "Modifier les étapes": the editor starts from the circuit's current steps. */
    public void edit(String code) {
        CircuitView circuit = find(code).orElseThrow();
        editing = code;
        editingNumber = circuit.currentNumber();
        rows.clear();
        circuit.steps().forEach(step -> rows.add(new StepRow(step.body(), step.rule(), step.deadlineDays())));
    }

    public void addStep() {
        rows.add(new StepRow(null, DecisionRule.MAJORITY_WITH_QUORUM, null));
    }

    public void remove(int index) {
        rows.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index < rows.size() - 1) {
            rows.add(index + 1, rows.remove(index));
        }
    }

    public void cancel() {
        editing = null;
        rows.clear();
    }

    /** "Enregistrer comme nouvelle version". */
    public String save() {
        try {
            CircuitView saved = circuits.define(currentUser.actor(), editing, editingNumber, rows.stream()
                    .map(row -> new Circuits.PlannedStep(row.body, row.rule, row.deadlineDays)).toList());
            Feedback.done("workflow.circuit.saved", saved.name(), saved.currentNumber());
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        return "/notes/circuits?faces-redirect=true";
    }

    private Optional<CircuitView> find(String code) {
        return all.stream().filter(circuit -> circuit.code().equals(code)).findFirst();
    }

    public List<CircuitView> getCircuits() {
        return all;
    }

    public String getEditing() {
        return editing;
    }

    /** The circuit being changed. */
    public CircuitView getEdited() {
        return editing == null ? null : find(editing).orElse(null);
    }

    /** Whether the circuit being changed is the steering committee's one-step review of documents. */
    public boolean isEditingDocumentReview() {
        CircuitView edited = getEdited();
        return edited != null && edited.subjectKind() == SubjectKind.DOCUMENT;
    }

    public List<StepRow> getRows() {
        return rows;
    }

    /** The bodies a step may go to: read once per view, not at each of the rows' menus. */
    public List<BodySummary> getBodies() {
        if (bodies == null) {
            bodies = Arrays.stream(BodyCode.values()).map(memberships::findBody).flatMap(Optional::stream).toList();
        }
        return bodies;
    }

    public DecisionRule[] getRules() {
        return DecisionRule.values();
    }
}
