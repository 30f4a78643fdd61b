package fr.prma.interactifs.governance.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import fr.prma.interactifs.directory.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something to do decided in the meeting: what, who (a member of the body), by when. */
@Entity
@Table(name = "minutes_action")
public class MinutesAction {

    static final int WHAT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "minutes_action_seq", sequenceName = "minutes_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_action_seq")
    private Long id;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id", nullable = false)
    private Person assignee;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by", length = 200)
    private String doneBy;

    protected MinutesAction() {
        // for JPA
    }

    MinutesAction(String what, Person assignee, LocalDate dueDate) {
        this.what = what;
        this.assignee = Objects.requireNonNull(assignee);
        this.dueDate = dueDate;
    }

    MinutesAction copy() {
        MinutesAction copy = new MinutesAction(what, assignee, dueDate);
        copy.doneAt = doneAt;
        copy.doneBy = doneBy;
        return copy;
    }

    /**
     * The person it was given to says it is done (or not done after all). Published minutes stay as they were:
     * this is the action's follow-up, not its wording.
     */
    public void markDone(boolean done, String by, Instant now) {
        doneAt = done ? now.atOffset(ZoneOffset.UTC) : null;
        doneBy = done ? by : null;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Long getId() {
        return id;
    }

    public String getWhat() {
        return what;
    }

    public Person getAssignee() {
        return assignee;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }
}
