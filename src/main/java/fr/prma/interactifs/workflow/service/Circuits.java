package fr.prma.interactifs.workflow.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.workflow.entity.Circuit;
import fr.prma.interactifs.workflow.entity.CircuitStep;
import fr.prma.interactifs.workflow.entity.CircuitVersion;
import fr.prma.interactifs.workflow.entity.DecisionRule;
import fr.prma.interactifs.workflow.entity.SubjectKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Administrators define the review circuits: the ordered steps, each handled by a body with its decision rule and
 * an optional deadline. A change is the circuit's next version; reviews under way keep the version they started
 * with, new submissions follow the new one. The steering committee's document reviews stay a single step of the
 * steering committee (its rule and deadline may change): the document's page offers them under that name, and
 * only documents the committee may read are submitted.
 */
@Stateless
public class Circuits {

    static final String AUDIT_SUBJECT = "circuit";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private AuditTrail audit;

    /** A step as an administrator plans it. */
    public record PlannedStep(BodyCode body, DecisionRule rule, Integer deadlineDays) {
    }

    /** Every circuit, with its versions. Administrators only. */
    public List<CircuitView> all(Actor actor) {
        requireAdministrator(actor);
        Map<Long, Long> reviewsByVersion = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Review.countByCircuitVersion", Object[].class).getResultList()) {
            reviewsByVersion.put((Long) row[0], (Long) row[1]);
        }
        return em.createNamedQuery("Circuit.findAll", Circuit.class).getResultList().stream()
                .map(circuit -> view(circuit, reviewsByVersion)).toList();
    }

    /** One circuit, with its versions. Administrators only. */
    public CircuitView one(Actor actor, String code) {
        return all(actor).stream().filter(circuit -> circuit.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("circuit " + code));
    }

    /**
     * Defines the circuit's steps anew, as its next version.
     *
     * @param expectedNumber the version the administrator changed: a version made by someone else since is refused
     * @return the circuit with its new version
     * @throws BusinessException when the actor is not an administrator, the circuit changed meanwhile, there is no
     *                           step, a step lacks its body or rule, a deadline is not a positive number of days, a
     *                           body has no member, the steps are those of the current version, or the steering
     *                           committee's review of documents would become something else than its one step
     */
    public CircuitView define(Actor actor, String code, int expectedNumber, List<PlannedStep> steps) {
        requireAdministrator(actor);
        Circuit circuit = em.createNamedQuery("Circuit.findByCode", Circuit.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("circuit " + code));
        if (circuit.getCurrentNumber() != expectedNumber) {
            throw new BusinessException("workflow.circuit.error.changedMeanwhile", circuit.getName());
        }
        if (circuit.getSubjectKind() == SubjectKind.DOCUMENT && (steps.size() != 1
                || steps.get(0).body() != BodyCode.STEERING_COMMITTEE)) {
            throw new BusinessException("workflow.circuit.error.committeeOnly");
        }
        List<Circuit.StepPlan> plan = new ArrayList<>();
        for (PlannedStep step : steps) {
            Body body = step.body() == null ? null : em.createNamedQuery("Body.findByCode", Body.class)
                    .setParameter("code", step.body()).getSingleResult();
            if (body != null && memberships.membersOf(body.getCode()).isEmpty()) {
                throw new BusinessException("workflow.circuit.error.bodyWithoutMembers", body.getName());
            }
            plan.add(new Circuit.StepPlan(body, step.rule(), step.deadlineDays()));
        }
        if (plan.equals(circuit.current().getSteps().stream()
                .map(s -> new Circuit.StepPlan(s.getBody(), s.getRule(), s.getDeadlineDays())).toList())) {
            throw new BusinessException("workflow.circuit.error.unchanged");
        }
        CircuitVersion defined = circuit.defineSteps(plan, em.find(Person.class, actor.personId()), Instant.now());
        em.persist(defined);
        em.lock(circuit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (PersistenceException changedMeanwhile) {
            throw new BusinessException("workflow.circuit.error.changedMeanwhile", circuit.getName());
        }
        audit.record(actor, "circuit.defined", AUDIT_SUBJECT, circuit.getId(), "version " + defined.getNumber()
                + " : " + defined.getSteps().stream().map(Circuits::describe).collect(Collectors.joining(" → ")));
        return one(actor, code);
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.administrator()) {
            throw new BusinessException("workflow.circuit.error.adminsOnly");
        }
    }

    private static String describe(CircuitStep step) {
        return step.getBody().getName() + " (" + step.getRule()
                + (step.getDeadlineDays() == null ? "" : ", " + step.getDeadlineDays() + " j") + ")";
    }

    private static CircuitView view(Circuit circuit, Map<Long, Long> reviewsByVersion) {
        List<CircuitView.Version> versions = circuit.getVersions().stream()
                .map(version -> new CircuitView.Version(version.getNumber(), version.getCreatedAt(),
                        version.getCreatedBy() == null ? null : version.getCreatedBy().getDisplayName(),
                        steps(version), reviewsByVersion.getOrDefault(version.getId(), 0L)))
                .sorted((a, b) -> Integer.compare(b.number(), a.number())).toList();
        return new CircuitView(circuit.getId(), circuit.getCode(), circuit.getName(), circuit.getSubjectKind(),
                circuit.getCurrentNumber(), steps(circuit.current()), versions);
    }

    private static List<CircuitView.Step> steps(CircuitVersion version) {
        return version.getSteps().stream()
                .map(step -> new CircuitView.Step(step.getPosition(), step.getBody().getCode(),
                        step.getBody().getName(), step.getRule(), step.getDeadlineDays())).toList();
    }
}
