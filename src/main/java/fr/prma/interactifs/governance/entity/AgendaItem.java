package fr.prma.interactifs.governance.entity;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One item of a meeting's agenda; its place in the agenda is kept by the meeting. It may carry documents of the
 * library, by id only: whether a reader may read one is the library's decision, made each time it is shown.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    static final int TITLE_MAX = 300;
    static final int PRESENTER_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int DURATION_MAX_MINUTES = 24 * 60;

    @Id
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = PRESENTER_MAX)
    private String presenter;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    /** For the item that approves the minutes of an earlier meeting: those minutes (a revision's id). */
    @Column(name = "approves_minutes_id")
    private Long approvesMinutesId;

    @ElementCollection
    @CollectionTable(name = "agenda_item_document", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new HashSet<>();

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(AgendaItemText text) {
        apply(validated(text));
    }

    /**
     * Replaces what the secretary typed.
     *
     * @return whether anything changed
     */
    boolean change(AgendaItemText text) {
        validated(text);
        if (text.equals(text())) {
            return false;
        }
        apply(text);
        return true;
    }

    /** @return whether it was not carried already */
    boolean attach(long documentId) {
        return documentIds.add(documentId);
    }

    /** @return whether it was carried */
    boolean detach(long documentId) {
        return documentIds.remove(documentId);
    }

    private static AgendaItemText validated(AgendaItemText text) {
        Meeting.require(text.title() != null, "agenda.error.titleRequired");
        Meeting.require(text.title().length() <= TITLE_MAX, "agenda.error.titleTooLong", TITLE_MAX);
        Meeting.require(text.presenter() == null || text.presenter().length() <= PRESENTER_MAX,
                "agenda.error.presenterTooLong", PRESENTER_MAX);
        Meeting.require(text.description() == null || text.description().length() <= DESCRIPTION_MAX,
                "agenda.error.descriptionTooLong", DESCRIPTION_MAX);
        Meeting.require(text.durationMinutes() == null
                        || text.durationMinutes() > 0 && text.durationMinutes() <= DURATION_MAX_MINUTES,
                "agenda.error.duration", DURATION_MAX_MINUTES);
        return text;
    }

    private void apply(AgendaItemText text) {
        this.title = text.title();
        this.presenter = text.presenter();
        this.durationMinutes = text.durationMinutes();
        this.description = text.description();
    }

    /** What the secretary typed, as she would type it again. */
    public AgendaItemText text() {
        return new AgendaItemText(title, presenter, durationMinutes, description);
    }

    /** The item that approves earlier minutes, which the meeting keeps first. */
    public boolean isApproval() {
        return approvesMinutesId != null;
    }

    /** The documents of the library it carries (pages show them by title). */
    public Set<Long> getDocumentIds() {
        return Collections.unmodifiableSet(documentIds);
    }

    AgendaItem approving(long minutesId) {
        this.approvesMinutesId = minutesId;
        return this;
    }

    public Long getApprovesMinutesId() {
        return approvesMinutesId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getDescription() {
        return description;
    }
}
