package fr.prma.interactifs.workflow.entity;

import fr.prma.interactifs.governance.entity.Body;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A step of a circuit's version: which body decides, by which rule, within how many days. */
@Entity
@Table(name = "circuit_step")
public class CircuitStep {

    @Id
    @SequenceGenerator(name = "circuit_step_seq", sequenceName = "circuit_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circuit_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "circuit_version_id", nullable = false)
    private CircuitVersion circuitVersion;

    /** From 1. */
    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_rule", nullable = false, length = 30)
    private DecisionRule rule;

    @Column(name = "deadline_days")
    private Integer deadlineDays;

    protected CircuitStep() {
        // for JPA
    }

    CircuitStep(CircuitVersion circuitVersion, int position, Body body, DecisionRule rule, Integer deadlineDays) {
        this.circuitVersion = circuitVersion;
        this.position = position;
        this.body = body;
        this.rule = rule;
        this.deadlineDays = deadlineDays;
    }

    public int getPosition() {
        return position;
    }

    public Body getBody() {
        return body;
    }

    public DecisionRule getRule() {
        return rule;
    }

    /** Days the body has once the step opens; {@code null}: no deadline. */
    public Integer getDeadlineDays() {
        return deadlineDays;
    }
}
