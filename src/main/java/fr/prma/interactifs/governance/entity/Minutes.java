package fr.prma.interactifs.governance.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.text.RichText;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One revision of the minutes of a held meeting, and the rules of its life:
 * <pre>
 *   DRAFT ──circulate──► IN_CORRECTION ──publish──► PUBLISHED ──correct(reason)──► next revision, DRAFT
 *     └──────────────────publish──────────────────────┘
 * </pre>
 * Drafts change (attendance, discussions, decisions, actions); published minutes never do. Publishing needs
 * someone recorded present and something written on every agenda item; a vote cannot count more voices than
 * members present or represented. Who may do these things is decided by the services.
 */
@Entity
@Table(name = "minutes")
@NamedQuery(name = "Minutes.findByMeeting",
        query = "select m from Minutes m where m.meeting.id = :meeting order by m.revision desc")
@NamedQuery(name = "Minutes.findCurrentOfBody",
        query = "select m from Minutes m join fetch m.meeting where m.meeting.body.code = :code"
                + " and m.status = fr.prma.interactifs.governance.entity.MinutesStatus.PUBLISHED"
                + " and m.revision = (select max(o.revision) from Minutes o where o.meeting = m.meeting"
                + " and o.status = fr.prma.interactifs.governance.entity.MinutesStatus.PUBLISHED)"
                + " order by m.meeting.startsAt desc")
@NamedQuery(name = "Minutes.findByAction",
        query = "select m from Minutes m join m.actions a where a.id = :action")
public class Minutes {

    static final int REASON_MAX = 1000;

    @Id
    @SequenceGenerator(name = "minutes_seq", sequenceName = "minutes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus status;

    @Column(name = "correction_reason", length = REASON_MAX, updatable = false)
    private String correctionReason;

    /** The library's document holding the PDF of the published revisions (an id: another feature's entity). */
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "comments_until")
    private LocalDate commentsUntil;

    /** The quorum as stated when published (a sentence), so that later changes of the body do not alter it. */
    @Column(length = 500)
    private String quorum;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** When a discussion was last saved (null before V15): a copy a browser kept is offered only if newer. */
    @Column(name = "discussion_saved_at")
    private OffsetDateTime discussionSavedAt;

    @Column(name = "published_by", length = 200)
    private String publishedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_in_meeting_id")
    private Meeting approvedIn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderColumn(name = "item_index")
    private List<MinutesAttendee> attendees = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderColumn(name = "item_index")
    private List<MinutesSection> sections = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderColumn(name = "item_index")
    private List<MinutesAction> actions = new ArrayList<>();

    @Version
    private int version;

    protected Minutes() {
        // for JPA
    }

    /**
     * Opens the first draft of a held meeting's minutes: the attendance as recorded, one section per agenda
     * item (or one section with the given title when there was no agenda).
     */
    public static Minutes open(Meeting meeting, List<MinutesAttendee> attendance, String sectionWithoutAgenda,
                               Instant now) {
        require(meeting.getStatus() != MeetingStatus.CANCELLED, "minutes.error.cancelled");
        require(meeting.isHeld(now), "minutes.error.notHeld");
        Minutes minutes = new Minutes();
        minutes.meeting = meeting;
        minutes.revision = 1;
        minutes.status = MinutesStatus.DRAFT;
        minutes.createdAt = now.atOffset(ZoneOffset.UTC);
        minutes.attendees.addAll(attendance);
        meeting.getAgenda().forEach(item -> minutes.sections.add(
                new MinutesSection(item.getTitle(), item.getApprovesMinutesId())));
        if (minutes.sections.isEmpty()) {
            minutes.sections.add(new MinutesSection(sectionWithoutAgenda, null));
        }
        return minutes;
    }

    // --- Writing the draft ---------------------------------------------------------------------------------

    public void recordAttendance(long personId, AttendanceAnswer status) {
        requireEditable();
        attendees.stream().filter(attendee -> attendee.getPersonId() == personId).findFirst()
                .orElseThrow(() -> new BusinessException("minutes.error.notAttendee"))
                .changeStatus(status);
    }

    /**
     * @param section       the section's place in the minutes (sections are the agenda's: they never move)
     * @param sanitizedHtml the discussion, already sanitised
     */
    public void writeDiscussion(int section, String sanitizedHtml) {
        requireEditable();
        require(sanitizedHtml == null || sanitizedHtml.length() <= MinutesSection.DISCUSSION_MAX,
                "minutes.error.discussionTooLong", MinutesSection.DISCUSSION_MAX);
        section(section).write(sanitizedHtml);
    }

    /** Records when the discussions were saved, after {@link #writeDiscussion}. */
    public void discussionsSaved(OffsetDateTime now) {
        requireEditable();
        discussionSavedAt = now;
    }

    public OffsetDateTime getDiscussionSavedAt() {
        return discussionSavedAt;
    }

    /** @param votes {@code null} when no vote was taken */
    public void addDecision(int section, String wording, MinutesDecision.Votes votes) {
        requireEditable();
        String text = trimToNull(wording);
        require(text != null, "minutes.error.decisionRequired");
        require(text.length() <= MinutesDecision.WORDING_MAX, "minutes.error.decisionTooLong",
                MinutesDecision.WORDING_MAX);
        if (votes != null) {
            require(votes.inFavour() >= 0 && votes.against() >= 0 && votes.abstentions() >= 0,
                    "minutes.error.votesNegative");
            require(votes.total() <= voices(), "minutes.error.tooManyVotes", votes.total(), voices());
        }
        section(section).add(new MinutesDecision(text, votes));
    }

    public void removeDecision(int section, long decisionId) {
        requireEditable();
        require(section(section).remove(decisionId), "minutes.error.noSuchDecision");
    }

    /** The assignee must sit in the body; the service checks it, it knows the members. */
    public void addAction(String what, Person assignee, LocalDate dueDate) {
        requireEditable();
        String text = trimToNull(what);
        require(text != null, "minutes.error.actionRequired");
        require(text.length() <= MinutesAction.WHAT_MAX, "minutes.error.actionTooLong", MinutesAction.WHAT_MAX);
        require(assignee != null, "minutes.error.assigneeRequired");
        actions.add(new MinutesAction(text, assignee, dueDate));
    }

    public void removeAction(long actionId) {
        requireEditable();
        require(actions.removeIf(action -> action.getId() != null && action.getId() == actionId),
                "minutes.error.noSuchAction");
    }

    // --- Transitions ---------------------------------------------------------------------------------------

    /** The attendees may read and comment the draft until the given day. */
    public void circulate(LocalDate until, Instant now) {
        require(status == MinutesStatus.DRAFT, "minutes.error.notDraft");
        require(until != null && until.isAfter(now.atZone(MeetingSchedule.ZONE).toLocalDate()),
                "minutes.error.commentsUntil");
        status = MinutesStatus.IN_CORRECTION;
        commentsUntil = until;
    }

    /**
     * Freezes the minutes.
     *
     * @param quorumSentence the quorum as it stands, stated in the minutes for good
     */
    public void publish(String publisherName, String quorumSentence, Instant now) {
        requireEditable();
        require(attendees.stream().anyMatch(attendee -> attendee.getStatus() == AttendanceAnswer.PRESENT),
                "minutes.error.noAttendance");
        for (MinutesSection section : sections) {
            require(!RichText.isBlank(section.getDiscussion()) || !section.getDecisions().isEmpty(),
                    "minutes.error.emptySection", section.getTitle());
        }
        status = MinutesStatus.PUBLISHED;
        quorum = quorumSentence;
        publishedAt = now.atOffset(ZoneOffset.UTC);
        publishedBy = publisherName;
        commentsUntil = null;
    }

    /**
     * A correction after publication: a new revision, as a draft with the same content, and the reason. This
     * revision stays published and readable.
     */
    public Minutes correct(String reason, Instant now) {
        require(status == MinutesStatus.PUBLISHED, "minutes.error.notPublished");
        String why = trimToNull(reason);
        require(why != null, "minutes.error.reasonRequired");
        require(why.length() <= REASON_MAX, "minutes.error.reasonTooLong", REASON_MAX);
        Minutes next = new Minutes();
        next.meeting = meeting;
        next.revision = revision + 1;
        next.status = MinutesStatus.DRAFT;
        next.correctionReason = why;
        next.documentId = documentId;
        next.createdAt = now.atOffset(ZoneOffset.UTC);
        attendees.forEach(attendee -> next.attendees.add(attendee.copy()));
        sections.forEach(section -> next.sections.add(section.copy()));
        actions.forEach(action -> next.actions.add(action.copy()));
        return next;
    }

    /**
     * The minutes are approved by a decision of a later meeting (recorded in that meeting's published minutes).
     * Only published minutes are approved, once.
     *
     * @return whether this changed anything
     */
    public boolean approve(Meeting in, Instant now) {
        if (status != MinutesStatus.PUBLISHED || approvedAt != null) {
            return false;
        }
        approvedAt = now.atOffset(ZoneOffset.UTC);
        approvedIn = in;
        return true;
    }

    /** The earlier minutes that this revision's decisions approve (sections made from approval items). */
    public List<Long> approvals() {
        return sections.stream().filter(section -> section.getApprovesMinutesId() != null
                && !section.getDecisions().isEmpty()).map(MinutesSection::getApprovesMinutesId).toList();
    }

    /**
     * Voices that may be cast: members present, and those whose proxy is held by a member present (as in the
     * meeting's quorum; the minutes keep the proxy holder's name).
     */
    public int voices() {
        // Counted by attendee, not by name: two members may share a name. A proxy is recorded by its holder's name.
        long present = attendees.stream().filter(attendee -> attendee.getStatus() == AttendanceAnswer.PRESENT).count();
        Set<String> presentNames = attendees.stream()
                .filter(attendee -> attendee.getStatus() == AttendanceAnswer.PRESENT)
                .map(MinutesAttendee::getDisplayName).collect(Collectors.toSet());
        long represented = attendees.stream().filter(attendee -> attendee.getStatus() != AttendanceAnswer.PRESENT
                && presentNames.contains(attendee.getProxyName())).count();
        return (int) (present + represented);
    }

    private void requireEditable() {
        require(status.isEditable(), "minutes.error.published");
    }

    private MinutesSection section(int index) {
        require(index >= 0 && index < sections.size(), "minutes.error.noSuchSection");
        return sections.get(index);
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void require(boolean condition, String key, Object... parameters) {
        if (!condition) {
            throw new BusinessException(key, parameters);
        }
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    /** Records where the library keeps the PDF of this revision. */
    public void filedAs(long libraryDocumentId) {
        documentId = libraryDocumentId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getRevision() {
        return revision;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public LocalDate getCommentsUntil() {
        return commentsUntil;
    }

    public String getQuorum() {
        return quorum;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public Meeting getApprovedIn() {
        return approvedIn;
    }

    public List<MinutesAttendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<MinutesSection> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public List<MinutesAction> getActions() {
        return Collections.unmodifiableList(actions);
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Minutes " + id + " r" + revision + " " + status + " of " + Objects.toString(meeting == null ? null
                : meeting.getId());
    }
}
