package fr.prma.interactifs.workflow.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A review circuit: the ordered steps a paper (or a document) goes through. Changing its steps makes a new
 * version; reviews under way keep the version they started with.
 */
@Entity
@Table(name = "circuit")
@NamedQuery(name = "Circuit.findByCode", query = "select c from Circuit c where c.code = :code")
@NamedQuery(name = "Circuit.findAll", query = "select c from Circuit c order by c.name")
public class Circuit {

    /** The default circuit of position papers: working group, departmental meeting, steering committee. */
    public static final String POSITION_PAPERS = "notes-de-position";
    /** The one-step circuit of the steering committee's document reviews. */
    public static final String DOCUMENT_REVIEW = "examen-comite-de-pilotage";

    @Id
    @SequenceGenerator(name = "circuit_seq", sequenceName = "circuit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circuit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private SubjectKind subjectKind;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @OneToMany(mappedBy = "circuit", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<CircuitVersion> versions = new ArrayList<>();

    @Version
    private int version;

    protected Circuit() {
        // for JPA
    }

    public Circuit(String code, String name, SubjectKind subjectKind) {
        this.code = code;
        this.name = name;
        this.subjectKind = subjectKind;
    }

    /**
     * Defines the circuit's steps anew, as its next version: reviews under way keep theirs.
     *
     * @throws BusinessException when there is no step, or a deadline is not a positive number of days
     */
    public CircuitVersion defineSteps(List<StepPlan> plan, Person by, Instant now) {
        if (plan.isEmpty()) {
            throw new BusinessException("workflow.circuit.error.noStep");
        }
        for (StepPlan step : plan) {
            if (step.body() == null || step.rule() == null) {
                throw new BusinessException("workflow.circuit.error.incompleteStep");
            }
            if (step.deadlineDays() != null && step.deadlineDays() < 1) {
                throw new BusinessException("workflow.circuit.error.deadline", step.deadlineDays());
            }
        }
        currentNumber = versions.size() + 1;
        CircuitVersion defined = new CircuitVersion(this, currentNumber, plan, by, now);
        versions.add(defined);
        return defined;
    }

    /** A step as an administrator plans it: the body, its rule, its deadline in days (none: no deadline). */
    public record StepPlan(Body body, DecisionRule rule, Integer deadlineDays) {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    /** The number of the version new reviews follow. */
    public int getCurrentNumber() {
        return currentNumber;
    }

    /** The version new reviews follow. */
    public CircuitVersion current() {
        return versions.stream().filter(v -> v.getNumber() == currentNumber).findFirst()
                .orElseThrow(() -> new IllegalStateException("Circuit " + code + " has no version " + currentNumber));
    }

    public List<CircuitVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
