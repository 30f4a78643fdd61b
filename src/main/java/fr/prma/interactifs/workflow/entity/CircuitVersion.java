package fr.prma.interactifs.workflow.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.prma.interactifs.directory.entity.Person;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One version of a circuit's steps, never changed once made. */
@Entity
@Table(name = "circuit_version")
public class CircuitVersion {

    @Id
    @SequenceGenerator(name = "circuit_version_seq", sequenceName = "circuit_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circuit_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "circuit_id", nullable = false)
    private Circuit circuit;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private Person createdBy;

    @OneToMany(mappedBy = "circuitVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CircuitStep> steps = new ArrayList<>();

    protected CircuitVersion() {
        // for JPA
    }

    CircuitVersion(Circuit circuit, int number, List<Circuit.StepPlan> plan, Person createdBy, Instant createdAt) {
        this.circuit = circuit;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        for (int i = 0; i < plan.size(); i++) {
            Circuit.StepPlan step = plan.get(i);
            steps.add(new CircuitStep(this, i + 1, step.body(), step.rule(), step.deadlineDays()));
        }
    }

    public Long getId() {
        return id;
    }

    public Circuit getCircuit() {
        return circuit;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The administrator who defined it; {@code null} for the circuits the installation starts with. */
    public Person getCreatedBy() {
        return createdBy;
    }

    public List<CircuitStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    /** The step at a position, from 1. */
    public CircuitStep step(int position) {
        return steps.stream().filter(s -> s.getPosition() == position).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No step " + position + " in " + circuit.getCode()));
    }

    public boolean isLast(int position) {
        return position >= steps.size();
    }
}
