package fr.prma.interactifs.governance.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.Library.DocumentChoice;
import fr.prma.interactifs.governance.entity.AgendaItem;
import fr.prma.interactifs.governance.entity.AgendaItemText;
import fr.prma.interactifs.governance.entity.Attendance;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.Body;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.Meeting;
import fr.prma.interactifs.governance.entity.MeetingChange;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MeetingStatus;
import fr.prma.interactifs.governance.entity.Minutes;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.text.SearchText;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The meetings of the bodies: a secretary (or the chair, or an administrator) schedules a meeting, prepares
 * its agenda, sends the convocation, changes or cancels it; members answer; the secretary records who came.
 * Each public method is one use case in one transaction: it applies {@link MeetingPolicy} to the actor, lets
 * the {@link Meeting} apply its own rules, writes the audit trail and notifies the members.
 * <p>
 * A meeting the actor may not see answers exactly as a meeting that does not exist
 * ({@link NotFoundException}), so that ids cannot be probed.
 */
@Stateless
public class Meetings {

    static final String AUDIT_SUBJECT = "meeting";

    /** How many documents are offered at once when the secretary looks for one to attach. */
    static final int DOCUMENT_CHOICES = 20;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BodyMemberships memberships;

    @EJB
    private AuditTrail audit;

    @EJB
    private Notifications notifications;

    @EJB
    private Library library;

    private final MeetingNotices notices = new MeetingNotices();

    // --- Scheduling and changing -------------------------------------------------------------------------

    public ScheduleOutcome schedule(Actor actor, BodyCode code, MeetingSchedule schedule) {
        Body body = em.createNamedQuery("Body.findByCode", Body.class).setParameter("code", code).getSingleResult();
        MeetingPolicy policy = policy(actor, code);
        if (!policy.canChange()) {
            throw new BusinessException(policy.canSee() ? "meeting.error.notSecretary" : "meeting.error.notMember");
        }
        Meeting meeting = new Meeting(body, schedule, Instant.now());
        em.persist(meeting);
        em.flush();
        audit.record(actor, "meeting.scheduled", AUDIT_SUBJECT, meeting.getId(),
                notices.text("audit.meeting.scheduled", meeting.getTitle(), notices.when(meeting),
                        notices.where(meeting)));
        return new ScheduleOutcome(meeting.getId(), overlapping(meeting));
    }

    /**
     * Changes title, date, times or place. Members already convened are told what changed.
     *
     * @param version the version the secretary started from: someone else's change meanwhile is not overwritten
     */
    public ScheduleOutcome reschedule(Actor actor, long meetingId, MeetingSchedule schedule, int version) {
        Meeting meeting = changeable(actor, meetingId);
        if (meeting.getVersion() != version) {
            throw new BusinessException("meeting.error.stale");
        }
        List<MeetingChange> changes = meeting.reschedule(schedule, Instant.now());
        if (!changes.isEmpty()) {
            audit.record(actor, "meeting.rescheduled", AUDIT_SUBJECT, meetingId, notices.changeLines(changes));
            List<MeetingChange> told = changes.stream().filter(change -> change.field().mattersToMembers()).toList();
            if (meeting.getStatus() == MeetingStatus.CONVENED && !told.isEmpty()) {
                notifications.send(actor, memberIds(meeting), notices.change(meeting, told));
            }
        }
        return new ScheduleOutcome(meetingId, overlapping(meeting));
    }

    // --- The agenda: every change is audited and, after the convocation, noted for one grouped notice -----------

    public void addAgendaItem(Actor actor, long meetingId, AgendaItemText text) {
        Meeting meeting = changeable(actor, meetingId);
        AgendaItem item = meeting.addAgendaItem(text, Instant.now());
        agendaChanged(actor, meeting, "meeting.agenda.added", item.getTitle());
    }

    public void removeAgendaItem(Actor actor, long meetingId, long itemId) {
        Meeting meeting = changeable(actor, meetingId);
        AgendaItem item = meeting.removeAgendaItem(itemId, Instant.now());
        agendaChanged(actor, meeting, "meeting.agenda.removed", item.getTitle());
    }

    /**
     * Changes an item in place (title, presenter, duration, description). Saving it unchanged writes nothing, so
     * that the history holds only real changes.
     */
    public void changeAgendaItem(Actor actor, long meetingId, long itemId, AgendaItemText text) {
        Meeting meeting = changeable(actor, meetingId);
        meeting.changeAgendaItem(itemId, text, Instant.now())
                .ifPresent(item -> agendaChanged(actor, meeting, "meeting.agenda.changed", item.getTitle()));
    }

    /**
     * "Monter" ({@code -1}) or "Descendre" ({@code +1}), the keyboard's way to reorder; a move that changes
     * nothing (first item up, last one down, past the approval of earlier minutes) writes nothing.
     */
    public void moveAgendaItem(Actor actor, long meetingId, long itemId, int offset) {
        Meeting meeting = changeable(actor, meetingId);
        meeting.moveAgendaItem(itemId, offset, Instant.now()).ifPresent(item -> agendaChanged(actor, meeting,
                offset < 0 ? "meeting.agenda.movedUp" : "meeting.agenda.movedDown", item.getTitle()));
    }

    /**
     * Puts the agenda in the order of a drag and drop: the ids of all its items, in their new order. The
     * approval of earlier minutes stays first; the same order again writes nothing.
     *
     * @throws BusinessException when the ids are not those of the agenda (changed meanwhile by someone else)
     */
    public void reorderAgenda(Actor actor, long meetingId, List<Long> itemIds) {
        Meeting meeting = changeable(actor, meetingId);
        if (meeting.reorderAgenda(itemIds, Instant.now())) {
            agendaChanged(actor, meeting, "meeting.agenda.reordered", meeting.getAgenda().stream()
                    .map(AgendaItem::getTitle).collect(Collectors.joining("\n")));
        }
    }

    /**
     * Attaches a document of the library to an item: only one the actor may read, so that a secretary never
     * hands on what she could not open. Members then see it on the meeting's page if they may read it too.
     */
    public void attachDocument(Actor actor, long meetingId, long itemId, long documentId) {
        Meeting meeting = changeable(actor, meetingId);
        if (library.readableAmong(actor, List.of(documentId)).isEmpty()) {
            throw new BusinessException("agenda.error.documentNotReadable");
        }
        meeting.attachDocument(itemId, documentId, Instant.now()).ifPresent(item -> agendaChanged(actor, meeting,
                "meeting.agenda.documentAttached", documentLine(item, documentId)));
    }

    public void detachDocument(Actor actor, long meetingId, long itemId, long documentId) {
        Meeting meeting = changeable(actor, meetingId);
        meeting.detachDocument(itemId, documentId, Instant.now()).ifPresent(item -> agendaChanged(actor, meeting,
                "meeting.agenda.documentDetached", documentLine(item, documentId)));
    }

    /**
     * Documents of the library the actor may read, whose title contains the words typed: what the secretary
     * picks from for an item.
     */
    public List<DocumentChoice> documentsToAttach(Actor actor, String words) {
        return library.readableTitled(actor, words, DOCUMENT_CHOICES);
    }

    /**
     * The history names a document by its number, not its title: the other secretaries, who see the history, may
     * not be allowed to read it.
     */
    private String documentLine(AgendaItem item, long documentId) {
        return notices.text("audit.meeting.agenda.document", item.getTitle(), documentId);
    }

    private void agendaChanged(Actor actor, Meeting meeting, String action, String detail) {
        audit.record(actor, action, AUDIT_SUBJECT, meeting.getId(), detail);
        meeting.noteAgendaChange(actor.personId(), Instant.now());
    }

    /**
     * The published minutes that this meeting could approve: those of the body's latest earlier meeting that
     * has published minutes, unless they are approved already or on this agenda.
     *
     * @return the day of the meeting those minutes are of, with their id; empty when there is none
     */
    public Optional<MinutesToApprove> minutesToApprove(Actor actor, long meetingId) {
        Meeting meeting = visible(actor, meetingId);
        if (!policy(actor, meeting.getBody().getCode()).canChange() || !meeting.isOpen(Instant.now())) {
            return Optional.empty();
        }
        Set<Long> onAgenda = meeting.getAgenda().stream().map(AgendaItem::getApprovesMinutesId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        // Only the minutes of the latest earlier meeting: older ones were (or should have been) approved before.
        return em.createNamedQuery("Minutes.findCurrentOfBody", Minutes.class)
                .setParameter("code", meeting.getBody().getCode()).getResultStream()
                .filter(minutes -> minutes.getMeeting().getStartsAt().isBefore(meeting.getStartsAt()))
                .findFirst()
                .filter(minutes -> minutes.getApprovedAt() == null && !onAgenda.contains(minutes.getId()))
                .map(minutes -> new MinutesToApprove(minutes.getId(), minutes.getMeeting().getStartsAt()));
    }

    /** Adds "Approbation du compte rendu de la séance du …" to the agenda, in one click. */
    public void addMinutesApproval(Actor actor, long meetingId) {
        MinutesToApprove candidate = minutesToApprove(actor, meetingId)
                .orElseThrow(() -> new BusinessException("agenda.error.nothingToApprove"));
        Meeting meeting = changeable(actor, meetingId);
        AgendaItem item = meeting.addApprovalItem(notices.text("agenda.approval.title",
                        notices.day(candidate.meetingStart())), candidate.minutesId(), Instant.now());
        agendaChanged(actor, meeting, "meeting.agenda.added", item.getTitle());
    }

    /** Sends the convocation: every member of the body is notified (and e-mailed when SMTP is configured). */
    public void convene(Actor actor, long meetingId) {
        Meeting meeting = changeable(actor, meetingId);
        meeting.convene(Instant.now());
        Set<Long> members = memberIds(meeting);
        notifications.send(actor, members, notices.convocation(meeting));
        audit.record(actor, "meeting.convened", AUDIT_SUBJECT, meetingId,
                notices.text("audit.meeting.convened", members.size()));
    }

    /** Cancels the meeting; members are told if they had been convened. */
    public void cancel(Actor actor, long meetingId, String reason) {
        Meeting meeting = changeable(actor, meetingId);
        boolean convened = meeting.getStatus() == MeetingStatus.CONVENED;
        meeting.cancel(reason, Instant.now());
        if (convened) {
            notifications.send(actor, memberIds(meeting), notices.cancellation(meeting));
        }
        audit.record(actor, "meeting.cancelled", AUDIT_SUBJECT, meetingId, meeting.getCancellationReason());
    }

    // --- Attendance --------------------------------------------------------------------------------------

    /**
     * A member answers the convocation, possibly giving their proxy to another member of the body, within the
     * {@link ProxyRule} (no loop, no chain, the body's cap). They may change their mind until the meeting starts.
     * The member who receives the proxy is told, and so is the one who held it before, if it moves.
     */
    public void answer(Actor actor, long meetingId, AttendanceAnswer answer, Long proxyId) {
        Meeting meeting = visible(actor, meetingId);
        if (!policy(actor, meeting.getBody().getCode()).canAnswer()) {
            throw new BusinessException("attendance.error.notMember");
        }
        if (meeting.getStatus() != MeetingStatus.CONVENED || !meeting.isOpen(Instant.now())) {
            throw new BusinessException("attendance.error.closed");
        }
        if (answer == null) {
            throw new BusinessException("attendance.error.answerRequired");
        }
        // One answer at a time per meeting: two members giving each other their proxy at the same moment would
        // each see the other without one, and make a loop. The meeting's version is left alone (a secretary's
        // form stays valid).
        em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        Map<Long, String> names = memberships.membersOf(meeting.getBody().getCode()).stream()
                .collect(Collectors.toMap(BodyMember::personId, BodyMember::displayName));
        Map<Long, Long> proxies = proxiesOf(attendances(meeting));
        new ProxyRule(names, proxies, meeting.getBody().getMaxProxies()).check(actor.personId(), answer, proxyId);
        Attendance attendance = attendanceOf(meeting, actor.personId());
        attendance.answer(answer, proxyId == null ? null : em.find(Person.class, proxyId), Instant.now());
        audit.record(actor, "meeting.answered", AUDIT_SUBJECT, meetingId,
                notices.text("attendance.answer." + answer) + (attendance.getProxy() == null ? ""
                        : " - " + notices.text("attendance.proxyTo", attendance.getProxy().getDisplayName())));
        tellHolders(actor, meeting, names.get(actor.personId()), proxies.get(actor.personId()),
                attendance.getProxy() == null ? null : attendance.getProxy().getId());
    }

    /** The member who now holds the giver's proxy is told, and the one who no longer does. */
    private void tellHolders(Actor actor, Meeting meeting, String giver, Long before, Long after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after != null) {
            notifications.send(actor, Set.of(after), notices.proxy(meeting, giver, true));
        }
        if (before != null) {
            notifications.send(actor, Set.of(before), notices.proxy(meeting, giver, false));
        }
    }

    /**
     * The secretary records who came, from the day of the meeting on. Only members of the body are recorded;
     * a member left out keeps what was recorded before.
     */
    public void recordAttendance(Actor actor, long meetingId, Map<Long, AttendanceAnswer> attended) {
        Meeting meeting = visible(actor, meetingId);
        if (!policy(actor, meeting.getBody().getCode()).canChange()) {
            throw new BusinessException("meeting.error.notSecretary");
        }
        if (!meeting.isAttendanceRecordable(Instant.now())) {
            throw new BusinessException("attendance.error.notYet");
        }
        Set<Long> members = memberIds(meeting);
        if (!members.containsAll(attended.keySet())) {
            throw new BusinessException("attendance.error.notMember");
        }
        attended.forEach((personId, status) -> attendanceOf(meeting, personId).recordAttended(status));
        Map<Long, String> names = memberships.membersOf(meeting.getBody().getCode()).stream()
                .collect(Collectors.toMap(BodyMember::personId, BodyMember::displayName));
        audit.record(actor, "meeting.attendance", AUDIT_SUBJECT, meetingId,
                attended.entrySet().stream().map(entry -> names.get(entry.getKey()) + " : "
                        + notices.text("attendance.answer." + entry.getValue())).collect(Collectors.joining("\n")));
    }

    // --- Reading -----------------------------------------------------------------------------------------

    /** @throws NotFoundException when the meeting does not exist or the actor may not see it */
    public MeetingDetails find(Actor actor, long meetingId) {
        Meeting meeting = visible(actor, meetingId);
        BodyCode code = meeting.getBody().getCode();
        MeetingPolicy policy = policy(actor, code);
        Instant now = Instant.now();
        List<BodyMember> members = memberships.membersOf(code);
        Set<Long> memberIds = members.stream().map(BodyMember::personId).collect(Collectors.toSet());
        List<Attendance> rows = attendances(meeting);
        Map<Long, Attendance> byPerson = new HashMap<>();
        rows.forEach(row -> byPerson.put(row.getPerson().getId(), row));
        Attendance mine = byPerson.get(actor.personId());
        Map<Long, AttendanceAnswer> answers = new HashMap<>();
        Map<Long, AttendanceAnswer> recorded = new HashMap<>();
        rows.forEach(row -> {
            putIfPresent(answers, row.getPerson().getId(), row.getAnswer());
            putIfPresent(recorded, row.getPerson().getId(), row.getAttended());
        });
        Map<Long, Long> proxies = proxiesOf(rows);
        int percent = meeting.getBody().getQuorumPercent();
        List<AttendanceLine> attendance = new ArrayList<>();
        if (policy.canChange()) {
            for (BodyMember member : members) {
                Attendance row = byPerson.get(member.personId());
                attendance.add(new AttendanceLine(member.personId(), member.displayName(), member.organisationName(),
                        row == null ? null : row.getAnswer(),
                        row == null || row.getProxy() == null ? null : row.getProxy().getDisplayName(),
                        row == null ? null : row.getAttended()));
            }
        }
        return new MeetingDetails(meeting.getId(), code, meeting.schedule(), meeting.getStartsAt(), meeting.getEndsAt(),
                meeting.getStatus(), meeting.getCancellationReason(), meeting.phase(now), agenda(actor, meeting),
                meeting.getVersion(), meeting.getIcsSequence(), meeting.agendaMinutes(), meeting.slotMinutes(),
                meeting.isOpen(now), meeting.isHeld(now), meeting.isAttendanceRecordable(now),
                policy.canChange(), policy.canAnswer(),
                mine == null ? null : mine.getAnswer(),
                mine == null || mine.getProxy() == null ? null : mine.getProxy().getId(),
                mine == null || mine.getProxy() == null ? null : mine.getProxy().getDisplayName(),
                members.stream().filter(member -> Objects.equals(proxies.get(member.personId()), actor.personId()))
                        .map(BodyMember::displayName).toList(),
                members.stream().filter(member -> member.personId() != actor.personId()).toList(),
                attendance,
                Quorum.count(memberIds, percent, answers, proxies),
                Quorum.count(memberIds, percent, recorded, proxies),
                policy.canChange() ? audit.historyOf(AUDIT_SUBJECT, meetingId) : List.of());
    }

    /**
     * The agenda as the actor may see it: each item with the documents it carries that the actor may read (the
     * library decides, in one query for the whole agenda), by title.
     */
    private List<AgendaEntry> agenda(Actor actor, Meeting meeting) {
        Map<Long, String> readable = new HashMap<>();
        library.readableAmong(actor, meeting.getAgenda().stream().flatMap(item -> item.getDocumentIds().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .forEach(document -> readable.put(document.id(), document.title()));
        Comparator<DocumentChoice> byTitle = Comparator.comparing(document -> SearchText.normalise(document.title()));
        return meeting.getAgenda().stream().map(item -> AgendaEntry.of(meeting, item, item.getDocumentIds().stream()
                .filter(readable::containsKey).map(id -> new DocumentChoice(id, readable.get(id))).sorted(byTitle)
                .toList())).toList();
    }

    /**
     * When a meeting began, for the records that name it (a decision taken in it): the date of a meeting is not
     * withheld from those who may read the record. Null for an unknown meeting.
     */
    public OffsetDateTime startOf(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        return meeting == null ? null : meeting.getStartsAt();
    }

    /**
     * The quorum of a meeting as its recorded attendance counts it (members present, and members represented by a
     * member present), for a vote taken in it: before attendance is recorded, nobody counts as there.
     *
     * @throws NotFoundException when the meeting does not exist or the actor may not see it
     */
    public Quorum sessionQuorum(Actor actor, long meetingId) {
        Meeting meeting = visible(actor, meetingId);
        Map<Long, AttendanceAnswer> recorded = new HashMap<>();
        Map<Long, Long> proxies = new HashMap<>();
        em.createNamedQuery("Attendance.findByMeeting", Attendance.class).setParameter("meeting", meeting)
                .getResultStream().forEach(row -> {
                    putIfPresent(recorded, row.getPerson().getId(), row.getAttended());
                    if (row.getProxy() != null) {
                        proxies.put(row.getPerson().getId(), row.getProxy().getId());
                    }
                });
        return Quorum.count(memberIds(meeting), meeting.getBody().getQuorumPercent(), recorded, proxies);
    }

    /**
     * Where a meeting took place ({@code null} when it was held by video only, or does not exist), for the record
     * of a decision taken in it: its video link, which only the body's members may have, is not given.
     */
    public String placeOf(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        return meeting == null ? null : meeting.getPlace();
    }

    /** The meetings of a body, latest first; none when the actor may not see them. */
    public List<MeetingSummary> meetingsOf(Actor actor, BodyCode code) {
        if (!policy(actor, code).canSee()) {
            return List.of();
        }
        return em.createNamedQuery("Meeting.findByBody", Meeting.class).setParameter("code", code)
                .getResultStream().map(Meetings::summary).toList();
    }

    /** Whether the actor may see the meetings of this body (the page says so when they may not). */
    public boolean canSee(Actor actor, BodyCode code) {
        return policy(actor, code).canSee();
    }

    /** Whether the actor may schedule meetings of this body (the page shows the button). */
    public boolean canSchedule(Actor actor, BodyCode code) {
        return policy(actor, code).canChange();
    }

    /**
     * The next meetings (not cancelled, not over) of the bodies the actor sits in and of the steering
     * committee, soonest first.
     */
    public List<MeetingSummary> upcomingFor(Actor actor, int max) {
        return upcomingIn(bodiesSeenBy(actor), max).stream().map(Meetings::summary).toList();
    }

    /** Convocations the actor has received and not answered yet, while there is still time to. */
    public List<MeetingSummary> awaitingAnswer(Actor actor) {
        Set<BodyCode> seats = memberships.seatsOf(actor.personId()).stream().map(BodySeat::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BodyCode.class)));
        Instant now = Instant.now();
        List<Meeting> convened = upcomingIn(seats, Integer.MAX_VALUE).stream()
                .filter(meeting -> meeting.getStatus() == MeetingStatus.CONVENED && meeting.isOpen(now)).toList();
        if (convened.isEmpty()) {
            return List.of();
        }
        Set<Long> answered = new HashSet<>(em.createNamedQuery("Attendance.findAnsweredBy", Long.class)
                .setParameter("person", actor.personId())
                .setParameter("meetings", convened.stream().map(Meeting::getId).toList()).getResultList());
        return convened.stream().filter(meeting -> !answered.contains(meeting.getId())).map(Meetings::summary)
                .toList();
    }

    // --- Helpers -----------------------------------------------------------------------------------------

    private List<Meeting> upcomingIn(Set<BodyCode> codes, int max) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Meeting.findUpcomingInBodies", Meeting.class).setParameter("codes", codes)
                .setParameter("now", Instant.now().atOffset(ZoneOffset.UTC)).setMaxResults(max).getResultList();
    }

    /** The bodies whose meetings the actor sees ({@link MeetingPolicy#canSee()}): pages, home page and feeds. */
    public Set<BodyCode> bodiesSeenBy(Actor actor) {
        List<BodySeat> seats = memberships.seatsOf(actor.personId());
        return Arrays.stream(BodyCode.values())
                .filter(code -> new MeetingPolicy(actor, code, seats.stream().filter(seat -> seat.code() == code)
                        .findFirst().map(BodySeat::roles).orElse(Set.of())).canSee())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BodyCode.class)));
    }

    private MeetingPolicy policy(Actor actor, BodyCode code) {
        return new MeetingPolicy(actor, code, memberships.rolesIn(actor.personId(), code));
    }

    private Meeting visible(Actor actor, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !policy(actor, meeting.getBody().getCode()).canSee()) {
            throw new NotFoundException("meeting " + meetingId);
        }
        return meeting;
    }

    /** The meeting, locked against concurrent changes, when the actor may change it. */
    private Meeting changeable(Actor actor, long meetingId) {
        Meeting meeting = visible(actor, meetingId);
        if (!policy(actor, meeting.getBody().getCode()).canChange()) {
            throw new BusinessException("meeting.error.notSecretary");
        }
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return meeting;
    }

    private List<Attendance> attendances(Meeting meeting) {
        return em.createNamedQuery("Attendance.findByMeeting", Attendance.class).setParameter("meeting", meeting)
                .getResultList();
    }

    /** The proxies given for the meeting: from giver to holder. */
    private static Map<Long, Long> proxiesOf(List<Attendance> rows) {
        Map<Long, Long> proxies = new HashMap<>();
        rows.stream().filter(row -> row.getProxy() != null)
                .forEach(row -> proxies.put(row.getPerson().getId(), row.getProxy().getId()));
        return proxies;
    }

    private Attendance attendanceOf(Meeting meeting, long personId) {
        return em.createNamedQuery("Attendance.findOne", Attendance.class).setParameter("meeting", meeting)
                .setParameter("person", personId).getResultStream().findFirst().orElseGet(() -> {
                    Attendance created = new Attendance(meeting, em.getReference(Person.class, personId));
                    em.persist(created);
                    return created;
                });
    }

    private Set<Long> memberIds(Meeting meeting) {
        return memberships.membersOf(meeting.getBody().getCode()).stream().map(BodyMember::personId)
                .collect(Collectors.toSet());
    }

    private List<MeetingSummary> overlapping(Meeting meeting) {
        return em.createNamedQuery("Meeting.findOverlapping", Meeting.class).setParameter("body", meeting.getBody())
                .setParameter("startsAt", meeting.getStartsAt()).setParameter("endsAt", meeting.getEndsAt())
                .setParameter("id", meeting.getId()).getResultStream().map(Meetings::summary).toList();
    }

    private static MeetingSummary summary(Meeting meeting) {
        return new MeetingSummary(meeting.getId(), meeting.getBody().getCode(), meeting.getTitle(),
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getPlace(), meeting.getVideoLink(),
                meeting.getStatus(), meeting.phase(Instant.now()));
    }

    private static <K, V> void putIfPresent(Map<K, V> map, K key, V value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
