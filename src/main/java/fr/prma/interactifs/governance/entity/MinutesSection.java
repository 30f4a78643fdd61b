package fr.prma.interactifs.governance.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What was said and decided on one agenda item. The discussion is sanitised HTML. */
@Entity
@Table(name = "minutes_section")
public class MinutesSection {

    static final int DISCUSSION_MAX = 100_000;

    @Id
    @SequenceGenerator(name = "minutes_section_seq", sequenceName = "minutes_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_section_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = DISCUSSION_MAX)
    private String discussion;

    /** Copied from the agenda item: a decision here approves those earlier minutes. */
    @Column(name = "approves_minutes_id")
    private Long approvesMinutesId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "section_id")
    @OrderColumn(name = "item_index")
    private List<MinutesDecision> decisions = new ArrayList<>();

    protected MinutesSection() {
        // for JPA
    }

    MinutesSection(String title, Long approvesMinutesId) {
        this.title = title;
        this.approvesMinutesId = approvesMinutesId;
    }

    MinutesSection copy() {
        MinutesSection copy = new MinutesSection(title, approvesMinutesId);
        copy.discussion = discussion;
        decisions.forEach(decision -> copy.decisions.add(decision.copy()));
        return copy;
    }

    void write(String sanitizedHtml) {
        discussion = sanitizedHtml;
    }

    void add(MinutesDecision decision) {
        decisions.add(decision);
    }

    boolean remove(long decisionId) {
        return decisions.removeIf(decision -> decision.getId() != null && decision.getId() == decisionId);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getApprovesMinutesId() {
        return approvesMinutesId;
    }

    public String getDiscussion() {
        return discussion;
    }

    public List<MinutesDecision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }
}
