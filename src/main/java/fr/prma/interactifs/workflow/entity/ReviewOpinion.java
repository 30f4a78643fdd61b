package fr.prma.interactifs.workflow.entity;

import java.time.Instant;

import fr.prma.interactifs.directory.entity.Person;
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
import jakarta.persistence.Version;

/** A member's opinion at a step's round, with their comment; they may change it until the step closes. */
@Entity
@Table(name = "review_opinion")
public class ReviewOpinion {

    public static final int COMMENT_MAX = 4000;

    @Id
    @SequenceGenerator(name = "review_opinion_seq", sequenceName = "review_opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_opinion_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false, updatable = false)
    private ReviewStep step;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OpinionChoice choice;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected ReviewOpinion() {
        // for JPA
    }

    ReviewOpinion(ReviewStep step, Person person, OpinionChoice choice, String comment, Instant now) {
        this.step = step;
        this.person = person;
        this.givenAt = now;
        change(choice, comment, now);
    }

    void change(OpinionChoice newChoice, String newComment, Instant now) {
        this.choice = newChoice;
        this.comment = newComment;
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public OpinionChoice getChoice() {
        return choice;
    }

    public String getComment() {
        return comment;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
