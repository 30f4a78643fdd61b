package fr.prma.interactifs.governance.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import fr.prma.interactifs.platform.service.BusinessException;
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
 * A meeting of a body, with its ordered agenda. The rules of its life live here: it is scheduled in the
 * future, ends after it starts, takes place somewhere (a place, a video link or both); its agenda and schedule
 * change until it is held; once cancelled, nothing changes any more. Who may do these things is decided by
 * the services ({@code MeetingPolicy}), not here.
 * <p>
 * The item that approves earlier minutes always comes first. Once the members are convened, a change of the
 * agenda is noted ({@link #getAgendaChangedAt()}) so that they are told of all of them at once, later. The
 * iCalendar {@code SEQUENCE} ({@link #getIcsSequence()}) grows only with what a calendar shows of the event:
 * date, times, place and status; the row's {@link Version} grows with every change.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.findByBody",
        query = "select m from Meeting m where m.body.code = :code order by m.startsAt desc")
@NamedQuery(name = "Meeting.findOverlapping",
        query = "select m from Meeting m where m.body = :body and m.status <> fr.prma.interactifs.governance.entity"
                + ".MeetingStatus.CANCELLED and m.startsAt < :endsAt and m.endsAt > :startsAt and m.id <> :id"
                + " order by m.startsAt")
@NamedQuery(name = "Meeting.findWithAgendaChangedBefore",
        query = "select m from Meeting m where m.agendaChangedAt is not null and m.agendaChangedAt <= :before"
                + " order by m.agendaChangedAt")
@NamedQuery(name = "Meeting.findUpcomingInBodies",
        query = "select m from Meeting m join fetch m.body where m.body.code in :codes and m.endsAt > :now"
                + " and m.status <> fr.prma.interactifs.governance.entity.MeetingStatus.CANCELLED"
                + " order by m.startsAt")
public class Meeting {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 300;
    static final int VIDEO_LINK_MAX = 500;
    static final int REASON_MAX = 1000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false, updatable = false)
    private Body body;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "video_link", length = VIDEO_LINK_MAX)
    private String videoLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "convened_at")
    private OffsetDateTime convenedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancellation_reason", length = REASON_MAX)
    private String cancellationReason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id")
    @OrderColumn(name = "item_index")
    private List<AgendaItem> agenda = new ArrayList<>();

    /** Since when the convened members have not been told of changes to the agenda; null when they have been. */
    @Column(name = "agenda_changed_at")
    private OffsetDateTime agendaChangedAt;

    /** Who changed the agenda since then: null when several people did (then everyone is told). */
    @Column(name = "agenda_changed_by")
    private Long agendaChangedBy;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Version
    private int version;

    protected Meeting() {
        // for JPA
    }

    public Meeting(Body body, MeetingSchedule schedule, Instant now) {
        this.body = Objects.requireNonNull(body);
        this.status = MeetingStatus.PLANNED;
        apply(validated(schedule, now));
    }

    /**
     * Changes title, date, times, place or video link.
     *
     * @return what changed, oldest value first; empty when nothing did
     */
    public List<MeetingChange> reschedule(MeetingSchedule schedule, Instant now) {
        requireOpen(now);
        validated(schedule, now);
        MeetingSchedule before = schedule();
        List<MeetingChange> changes = new ArrayList<>();
        compare(changes, MeetingChange.Field.TITLE, before.title(), schedule.title());
        compare(changes, MeetingChange.Field.DATE, DATE.format(before.date()), DATE.format(schedule.date()));
        compare(changes, MeetingChange.Field.TIME, TIME.format(before.start()) + " - " + TIME.format(before.end()),
                TIME.format(schedule.start()) + " - " + TIME.format(schedule.end()));
        compare(changes, MeetingChange.Field.PLACE, before.place(), schedule.place());
        compare(changes, MeetingChange.Field.VIDEO_LINK, before.videoLink(), schedule.videoLink());
        apply(schedule);
        if (changes.stream().anyMatch(change -> change.field().mattersToMembers())) {
            icsSequence++;
        }
        return changes;
    }

    /** The convocation is sent: the members are expected to answer it. Sending it again is refused. */
    public void convene(Instant now) {
        requireOpen(now);
        require(status == MeetingStatus.PLANNED, "meeting.error.alreadyConvened");
        status = MeetingStatus.CONVENED;
        convenedAt = at(now);
        icsSequence++;
    }

    public void cancel(String reason, Instant now) {
        requireOpen(now);
        String why = MeetingSchedule.trimToNull(reason);
        require(why == null || why.length() <= REASON_MAX, "meeting.error.reasonTooLong", REASON_MAX);
        status = MeetingStatus.CANCELLED;
        cancelledAt = at(now);
        cancellationReason = why;
        icsSequence++;
    }

    public AgendaItem addAgendaItem(AgendaItemText text, Instant now) {
        requireOpen(now);
        AgendaItem item = new AgendaItem(text);
        agenda.add(item);
        return item;
    }

    /**
     * Adds the standard item that approves the minutes of an earlier meeting, first of the agenda (after another
     * approval already there); once there, it is not added twice.
     */
    public AgendaItem addApprovalItem(String title, long minutesId, Instant now) {
        requireOpen(now);
        require(agenda.stream().noneMatch(item -> Long.valueOf(minutesId).equals(item.getApprovesMinutesId())),
                "agenda.error.approvalAlreadyThere");
        AgendaItem item = new AgendaItem(new AgendaItemText(title, null, null, null)).approving(minutesId);
        agenda.add(approvals(), item);
        return item;
    }

    /**
     * Changes what an item says (title, presenter, duration, description).
     *
     * @return the item when something changed; empty when the text was the same
     */
    public Optional<AgendaItem> changeAgendaItem(long itemId, AgendaItemText text, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        return item.change(text) ? Optional.of(item) : Optional.empty();
    }

    /** @return the item, when it did not carry the document already */
    public Optional<AgendaItem> attachDocument(long itemId, long documentId, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        return item.attach(documentId) ? Optional.of(item) : Optional.empty();
    }

    /** @return the item, when it carried the document */
    public Optional<AgendaItem> detachDocument(long itemId, long documentId, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        return item.detach(documentId) ? Optional.of(item) : Optional.empty();
    }

    /**
     * Puts the agenda in the order given (a drag and drop): every item once, none added. The approval of earlier
     * minutes stays first wherever it was dropped.
     *
     * @return whether the order changed
     * @throws BusinessException when the ids are not the agenda's items (someone changed it meanwhile)
     */
    public boolean reorderAgenda(List<Long> itemIds, Instant now) {
        requireOpen(now);
        List<Long> current = agenda.stream().map(AgendaItem::getId).toList();
        require(itemIds.size() == current.size() && new HashSet<>(itemIds).equals(new HashSet<>(current)),
                "agenda.error.changedMeanwhile");
        List<AgendaItem> ordered = new ArrayList<>();
        itemIds.stream().map(this::agendaItem).filter(AgendaItem::isApproval).forEach(ordered::add);
        itemIds.stream().map(this::agendaItem).filter(item -> !item.isApproval()).forEach(ordered::add);
        if (ordered.equals(agenda)) {
            return false;
        }
        agenda.clear();
        agenda.addAll(ordered);
        return true;
    }

    /** @return the item removed */
    public AgendaItem removeAgendaItem(long itemId, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        agenda.remove(item);
        return item;
    }

    /**
     * Moves an item up ({@code -1}) or down ({@code +1}) the agenda; at either end, or where it would pass the
     * approval of earlier minutes, it stays where it is.
     *
     * @return the item, when it moved
     */
    public Optional<AgendaItem> moveAgendaItem(long itemId, int offset, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        if (!canMove(item, offset)) {
            return Optional.empty();
        }
        int from = agenda.indexOf(item);
        agenda.remove(from);
        agenda.add(from + Integer.signum(offset), item);
        return Optional.of(item);
    }

    /**
     * Whether the item can move up ({@code -1}) or down ({@code +1}): not past either end, and not across the
     * boundary between the approvals of earlier minutes, which come first, and the other items.
     */
    public boolean canMove(AgendaItem item, int offset) {
        int from = agenda.indexOf(item);
        int to = from + Integer.signum(offset);
        return from >= 0 && to != from && to >= 0 && to < agenda.size()
                && agenda.get(to).isApproval() == item.isApproval();
    }

    /** The sum of the items' planned durations, in minutes (items without one count for nothing). */
    public int agendaMinutes() {
        return agenda.stream().map(AgendaItem::getDurationMinutes).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    /** The length of the meeting's slot, in minutes. */
    public int slotMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    /**
     * Notes that someone changed the agenda, to tell the members once, later, of everything that changed: only
     * once they are convened (the convocation carries the agenda as it is then).
     */
    public void noteAgendaChange(long personId, Instant now) {
        if (status != MeetingStatus.CONVENED) {
            return;
        }
        agendaChangedBy = agendaChangedAt == null || Objects.equals(agendaChangedBy, personId) ? personId : null;
        agendaChangedAt = at(now);
    }

    /** How many items approve earlier minutes: they are the first ones. */
    private int approvals() {
        return (int) agenda.stream().filter(AgendaItem::isApproval).count();
    }

    /** A meeting is held once its start has passed (unless it was cancelled). */
    public boolean isHeld(Instant now) {
        return status != MeetingStatus.CANCELLED && !now.isBefore(startsAt.toInstant());
    }

    /** It is under way: its slot has begun and not ended (unless it was cancelled). */
    public boolean isInProgress(Instant now) {
        return isHeld(now) && now.isBefore(endsAt.toInstant());
    }

    /** Its slot has ended (unless it was cancelled). */
    public boolean isOver(Instant now) {
        return isHeld(now) && !now.isBefore(endsAt.toInstant());
    }

    /** Where it stands as people read it: its status, or under way, or held once its slot is over. */
    public MeetingPhase phase(Instant now) {
        if (isInProgress(now)) {
            return MeetingPhase.IN_PROGRESS;
        }
        if (isOver(now)) {
            return MeetingPhase.HELD;
        }
        return MeetingPhase.valueOf(status.name());
    }

    /** Whether it can still change: neither cancelled nor held. */
    public boolean isOpen(Instant now) {
        return status != MeetingStatus.CANCELLED && now.isBefore(startsAt.toInstant());
    }

    /** Actual attendance is recorded from the day of the meeting onwards, unless it was cancelled. */
    public boolean isAttendanceRecordable(Instant now) {
        return status != MeetingStatus.CANCELLED
                && !now.atZone(MeetingSchedule.ZONE).toLocalDate().isBefore(schedule().date());
    }

    public MeetingSchedule schedule() {
        return MeetingSchedule.of(title, startsAt, endsAt, place, videoLink);
    }

    private void requireOpen(Instant now) {
        require(status != MeetingStatus.CANCELLED, "meeting.error.cancelled");
        require(now.isBefore(startsAt.toInstant()), "meeting.error.held");
    }

    private AgendaItem agendaItem(long itemId) {
        return agenda.stream().filter(item -> item.getId() != null && item.getId() == itemId).findFirst()
                .orElseThrow(() -> new BusinessException("agenda.error.noSuchItem"));
    }

    private static MeetingSchedule validated(MeetingSchedule schedule, Instant now) {
        require(schedule.title() != null, "meeting.error.titleRequired");
        require(schedule.title().length() <= TITLE_MAX, "meeting.error.titleTooLong", TITLE_MAX);
        require(schedule.date() != null && schedule.start() != null && schedule.end() != null,
                "meeting.error.whenRequired");
        require(schedule.end().isAfter(schedule.start()), "meeting.error.endBeforeStart");
        require(schedule.startsAt().toInstant().isAfter(now), "meeting.error.inThePast");
        require(schedule.place() != null || schedule.videoLink() != null, "meeting.error.whereRequired");
        require(schedule.place() == null || schedule.place().length() <= PLACE_MAX, "meeting.error.placeTooLong",
                PLACE_MAX);
        require(schedule.videoLink() == null || isWebAddress(schedule.videoLink()), "meeting.error.videoLink");
        return schedule;
    }

    /** Only http and https addresses: anything else (javascript:, data:…) would be a trap in a link. */
    private static boolean isWebAddress(String link) {
        if (link.length() > VIDEO_LINK_MAX) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private void apply(MeetingSchedule schedule) {
        title = schedule.title();
        startsAt = schedule.startsAt();
        endsAt = schedule.endsAt();
        place = schedule.place();
        videoLink = schedule.videoLink();
    }

    private static void compare(List<MeetingChange> changes, MeetingChange.Field field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new MeetingChange(field, before, after));
        }
    }

    private static OffsetDateTime at(Instant now) {
        return now.atOffset(ZoneOffset.UTC);
    }

    static void require(boolean condition, String messageKey, Object... parameters) {
        if (!condition) {
            throw new BusinessException(messageKey, parameters);
        }
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public OffsetDateTime getConvenedAt() {
        return convenedAt;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    public OffsetDateTime getAgendaChangedAt() {
        return agendaChangedAt;
    }

    public Long getAgendaChangedBy() {
        return agendaChangedBy;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public int getVersion() {
        return version;
    }
}
