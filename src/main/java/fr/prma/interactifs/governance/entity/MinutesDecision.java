package fr.prma.interactifs.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A decision taken on an agenda item, with the votes when a vote was taken. */
@Entity
@Table(name = "minutes_decision")
public class MinutesDecision {

    static final int WORDING_MAX = 2000;

    @Id
    @SequenceGenerator(name = "minutes_decision_seq", sequenceName = "minutes_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_decision_seq")
    private Long id;

    @Column(nullable = false, length = WORDING_MAX)
    private String wording;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "abstentions")
    private Integer abstentions;

    protected MinutesDecision() {
        // for JPA
    }

    MinutesDecision(String wording, Votes votes) {
        this.wording = wording;
        if (votes != null) {
            this.votesFor = votes.inFavour();
            this.votesAgainst = votes.against();
            this.abstentions = votes.abstentions();
        }
    }

    MinutesDecision copy() {
        return new MinutesDecision(wording, votes());
    }

    public Long getId() {
        return id;
    }

    public String getWording() {
        return wording;
    }

    /** The votes, or {@code null} when no vote was taken. */
    public Votes votes() {
        return votesFor == null ? null : new Votes(votesFor, votesAgainst, abstentions);
    }

    /** The votes of a decision. */
    public record Votes(int inFavour, int against, int abstentions) {

        public int total() {
            return inFavour + against + abstentions;
        }
    }
}
