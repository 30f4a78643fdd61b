package fr.prma.interactifs.governance.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.findByBody",
        query = "select m from Meeting m where m.body.code = :code order by m.startsAt desc")
@NamedQuery(name = "Meeting.findOverlapping",
        query = "select m from Meeting m where m.body = :body and m.status <> fr.prma.interactifs.governance.entity"
                + ".MeetingStatus.CANCELLED and m.startsAt < :endsAt and m.endsAt > :startsAt and m.id <> :id"
                + " order by m.startsAt")
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
        return changes;
    }

    /** The convocation is sent: the members are expected to answer it. Sending it again is refused. */
    public void convene(Instant now) {
        requireOpen(now);
        require(status == MeetingStatus.PLANNED, "meeting.error.alreadyConvened");
        status = MeetingStatus.CONVENED;
        convenedAt = at(now);
    }

    public void cancel(String reason, Instant now) {
        requireOpen(now);
        String why = MeetingSchedule.trimToNull(reason);
        require(why == null || why.length() <= REASON_MAX, "meeting.error.reasonTooLong", REASON_MAX);
        status = MeetingStatus.CANCELLED;
        cancelledAt = at(now);
        cancellationReason = why;
    }

    public AgendaItem addAgendaItem(AgendaItemText text, Instant now) {
        requireOpen(now);
        AgendaItem item = new AgendaItem(text);
        agenda.add(item);
        return item;
    }

    /**
     * Adds the standard item that approves the minutes of an earlier meeting; once there, it is not added
     * twice.
     */
    public AgendaItem addApprovalItem(String title, long minutesId, Instant now) {
        requireOpen(now);
        require(agenda.stream().noneMatch(item -> Long.valueOf(minutesId).equals(item.getApprovesMinutesId())),
                "agenda.error.approvalAlreadyThere");
        AgendaItem item = new AgendaItem(new AgendaItemText(title, null, null, null)).approving(minutesId);
        agenda.add(item);
        return item;
    }

    /** @return the item removed */
    public AgendaItem removeAgendaItem(long itemId, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        agenda.remove(item);
        return item;
    }

    /**
     * Moves an item up ({@code -1}) or down ({@code +1}) the agenda; at either end, it stays where it is.
     *
     * @return the item moved
     */
    public AgendaItem moveAgendaItem(long itemId, int offset, Instant now) {
        requireOpen(now);
        AgendaItem item = agendaItem(itemId);
        int from = agenda.indexOf(item);
        int to = Math.max(0, Math.min(agenda.size() - 1, from + Integer.signum(offset)));
        if (to != from) {
            agenda.remove(from);
            agenda.add(to, item);
        }
        return item;
    }

    /** A meeting is held once its start has passed (unless it was cancelled). */
    public boolean isHeld(Instant now) {
        return status != MeetingStatus.CANCELLED && !now.isBefore(startsAt.toInstant());
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

    public int getVersion() {
        return version;
    }
}
