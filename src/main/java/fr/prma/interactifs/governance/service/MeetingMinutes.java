package fr.prma.interactifs.governance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.prma.interactifs.audit.service.AuditTrail;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.Rendition;
import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.governance.entity.Attendance;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.Meeting;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MeetingStatus;
import fr.prma.interactifs.governance.entity.Minutes;
import fr.prma.interactifs.governance.entity.MinutesAttendee;
import fr.prma.interactifs.governance.entity.MinutesComment;
import fr.prma.interactifs.governance.entity.MinutesDecision;
import fr.prma.interactifs.governance.entity.MinutesStatus;
import fr.prma.interactifs.notifications.service.Notifications;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.GeneratedFile;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.text.RichText;
import fr.prma.interactifs.security.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The minutes of held meetings: a secretary opens them (attendance from the meeting, one section per agenda
 * item), writes discussions, decisions and actions, may circulate the draft to the attendees, publishes them
 * (members notified, PDF rendition) and corrects them later in a new revision. Each public method is one use
 * case: it applies {@link MeetingPolicy}, lets {@link Minutes} apply its rules, and writes the audit trail.
 * <p>
 * Drafts are seen by the body's secretaries and chair (and administrators) only; published minutes by whoever
 * sees the meeting. Minutes the reader may not see answer {@link NotFoundException}, like missing ones. Every
 * change names the version it started from, so that two secretaries never overwrite each other silently.
 */
@Stateless
public class MeetingMinutes {

    static final String AUDIT_SUBJECT = "minutes";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    @Any
    private Instance<DecisionsTakenInMeetings> otherDecisionSources;

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

    // --- Reading -----------------------------------------------------------------------------------------

    /** @throws NotFoundException when the meeting does not exist or the actor may not see it */
    public MinutesOverview overview(Actor actor, long meetingId) {
        Meeting meeting = visibleMeeting(actor, meetingId);
        MeetingPolicy policy = policy(actor, meeting);
        List<Minutes> revisions = revisionsOf(meetingId);
        List<MinutesView> published = revisions.stream().filter(m -> m.getStatus() == MinutesStatus.PUBLISHED)
                .map(MeetingMinutes::view).toList();
        Minutes editable = revisions.stream().filter(m -> m.getStatus().isEditable()).findFirst().orElse(null);
        boolean attendee = editable != null && editable.getStatus() == MinutesStatus.IN_CORRECTION
                && attended(editable, actor.personId());
        boolean seesDraft = editable != null && (policy.canReadDraftMinutes() || attendee);
        boolean canOpen = policy.canWriteMinutes() && revisions.isEmpty()
                && meeting.getStatus() != MeetingStatus.CANCELLED && meeting.isHeld(Instant.now());
        boolean canComment = attendee && !LocalDate.now(MeetingSchedule.ZONE).isAfter(editable.getCommentsUntil());
        return new MinutesOverview(meetingId, published.isEmpty() ? null : published.get(0),
                seesDraft ? draftView(editable) : null, published, seesDraft ? comments(editable) : List.of(),
                otherDecisions(meetingId), policy.canWriteMinutes(), canOpen, canComment);
    }

    /**
     * The PDF of a published revision, under the name people save it under.
     *
     * @throws NotFoundException when it does not exist, is not published, or the actor may not see it
     */
    public GeneratedFile pdf(Actor actor, long minutesId) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        if (minutes == null || minutes.getStatus() != MinutesStatus.PUBLISHED
                || !policy(actor, minutes.getMeeting()).canSee()) {
            throw new NotFoundException("minutes " + minutesId);
        }
        return new GeneratedFile(fileName(minutes), MinutesPdf.render(document(minutes)));
    }

    /** The name of a revision's PDF, for a download and in the library. */
    private static String fileName(Minutes minutes) {
        Meeting meeting = minutes.getMeeting();
        return MinutesPdf.fileName(meeting.getBody().getCode(), meeting.schedule().date(), minutes.getRevision());
    }

    // --- Writing -----------------------------------------------------------------------------------------

    /**
     * Opens the minutes of a held meeting; when they are open already, gives the revision being written.
     *
     * @return the id of the draft
     */
    public long open(Actor actor, long meetingId) {
        Meeting meeting = visibleMeeting(actor, meetingId);
        requireWriter(actor, meeting);
        List<Minutes> revisions = revisionsOf(meetingId);
        if (!revisions.isEmpty()) {
            Minutes latest = revisions.get(0);
            if (latest.getStatus().isEditable()) {
                return latest.getId();
            }
            throw new BusinessException("minutes.error.alreadyPublished");
        }
        Minutes minutes = Minutes.open(meeting, attendance(meeting), notices.text("minutes.section.withoutAgenda"),
                Instant.now());
        em.persist(minutes);
        em.flush();
        audit.record(actor, "minutes.opened", AUDIT_SUBJECT, minutes.getId(), meeting.getTitle());
        return minutes.getId();
    }

    public void recordAttendance(Actor actor, long minutesId, int version, long personId, AttendanceAnswer status) {
        Minutes minutes = writable(actor, minutesId, version);
        minutes.recordAttendance(personId, status);
        audit.record(actor, "minutes.attendance", AUDIT_SUBJECT, minutesId, personId + "=" + status);
    }

    /**
     * Saves a section's discussion (also the autosave of the page); the HTML is sanitised here.
     *
     * @return the new version of the minutes, for the next save
     */
    public int writeDiscussion(Actor actor, long minutesId, int version, int section, String html) {
        Minutes minutes = writable(actor, minutesId, version);
        String sanitized = RichText.sanitize(html);
        minutes.writeDiscussion(section, RichText.isBlank(sanitized) ? null : sanitized);
        minutes.discussionsSaved(OffsetDateTime.now());
        em.flush();
        return minutes.getVersion();
    }

    /** @param votes {@code null} when no vote was taken */
    public void addDecision(Actor actor, long minutesId, int version, int section, String wording,
                            MinutesDecision.Votes votes) {
        Minutes minutes = writable(actor, minutesId, version);
        minutes.addDecision(section, wording, votes);
        audit.record(actor, "minutes.decision.added", AUDIT_SUBJECT, minutesId, wording);
    }

    public void removeDecision(Actor actor, long minutesId, int version, int section, long decisionId) {
        Minutes minutes = writable(actor, minutesId, version);
        minutes.removeDecision(section, decisionId);
        audit.record(actor, "minutes.decision.removed", AUDIT_SUBJECT, minutesId, Long.toString(decisionId));
    }

    /** The person the action is given to must sit in the body. */
    public void addAction(Actor actor, long minutesId, int version, String what, Long assigneeId, LocalDate due) {
        Minutes minutes = writable(actor, minutesId, version);
        if (assigneeId != null && !memberIds(minutes.getMeeting().getBody().getCode()).contains(assigneeId)) {
            throw new BusinessException("minutes.error.assigneeOutsideBody");
        }
        minutes.addAction(what, assigneeId == null ? null : em.find(Person.class, assigneeId), due);
        audit.record(actor, "minutes.action.added", AUDIT_SUBJECT, minutesId, what);
    }

    public void removeAction(Actor actor, long minutesId, int version, long actionId) {
        Minutes minutes = writable(actor, minutesId, version);
        minutes.removeAction(actionId);
        audit.record(actor, "minutes.action.removed", AUDIT_SUBJECT, minutesId, Long.toString(actionId));
    }

    /** The attendees (members recorded present) may read the draft and comment on it until the given day. */
    public void circulate(Actor actor, long minutesId, int version, LocalDate until) {
        Minutes minutes = writable(actor, minutesId, version);
        minutes.circulate(until, Instant.now());
        notifications.send(actor, minutes.getAttendees().stream()
                        .filter(attendee -> attendee.getStatus() == AttendanceAnswer.PRESENT)
                        .map(MinutesAttendee::getPersonId).collect(Collectors.toSet()),
                notices.minutesCirculated(minutes.getMeeting(), DAY.format(until)));
        audit.record(actor, "minutes.circulated", AUDIT_SUBJECT, minutesId, DAY.format(until));
    }

    /**
     * An attendee comments the draft circulated to them; the body's secretaries are told. Only while the draft
     * is circulated, until its deadline (the day included).
     */
    public void comment(Actor actor, long minutesId, String text) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        if (minutes == null || !policy(actor, minutes.getMeeting()).canSee()
                || !attended(minutes, actor.personId()) && !policy(actor, minutes.getMeeting()).canReadDraftMinutes()) {
            throw new NotFoundException("minutes " + minutesId);
        }
        Person author = em.find(Person.class, actor.personId());
        MinutesComment comment = new MinutesComment(minutes, author, text, Instant.now());
        em.persist(comment);
        Meeting meeting = minutes.getMeeting();
        notifications.send(actor, memberships.membersOf(meeting.getBody().getCode()).stream()
                        .filter(BodyMember::isSecretary).map(BodyMember::personId).collect(Collectors.toSet()),
                notices.minutesCommented(meeting, author.getDisplayName(), comment.getBody()));
        audit.record(actor, "minutes.commented", AUDIT_SUBJECT, minutesId, comment.getBody());
    }

    /** Freezes the minutes and tells every member of the body. */
    public void publish(Actor actor, long minutesId, int version) {
        Minutes minutes = writable(actor, minutesId, version);
        Meeting meeting = minutes.getMeeting();
        Set<Long> members = memberIds(meeting.getBody().getCode());
        Person publisher = em.find(Person.class, actor.personId());
        minutes.publish(publisher == null ? "" : publisher.getDisplayName(), quorumSentence(minutes, members.size(),
                meeting.getBody().getQuorumPercent()), Instant.now());
        notifications.send(actor, members, notices.minutesPublished(meeting, minutes.getRevision()));
        audit.record(actor, "minutes.published", AUDIT_SUBJECT, minutesId, "r" + minutes.getRevision());
        fileInLibrary(actor, minutes);
        for (Long approved : minutes.approvals()) {
            Minutes earlier = em.find(Minutes.class, approved);
            if (earlier != null && earlier.getMeeting().getBody().equals(meeting.getBody())
                    && earlier.approve(meeting, Instant.now())) {
                audit.record(actor, "minutes.approved", AUDIT_SUBJECT, approved, meeting.getTitle());
            }
        }
    }

    /**
     * Files the PDF of the published revision in the document library, visible to whoever sees the meeting
     * (the body's members; everyone for the steering committee), so that the search finds the minutes: the first
     * revision as a new document, corrections as its next versions.
     */
    private void fileInLibrary(Actor actor, Minutes minutes) {
        Meeting meeting = minutes.getMeeting();
        BodyCode body = meeting.getBody().getCode();
        String day = DAY.format(meeting.schedule().date());
        long documentId = library.file(actor, new Rendition(MinutesPdf.render(document(minutes)), fileName(minutes),
                notices.minutesDocumentTitle(meeting.getBody().getName(), day), DocumentCategory.CLUSTER_LIFE,
                List.of(notices.minutesTag(), meeting.getBody().getName()),
                MeetingPolicy.visibleToEveryone(body) ? Set.of() : Set.of(body), minutes.getDocumentId(),
                minutes.getCorrectionReason() == null ? null
                        : notices.minutesRevisionComment(minutes.getRevision(), minutes.getCorrectionReason())));
        minutes.filedAs(documentId);
    }

    // --- Register of decisions and actions --------------------------------------------------------------

    /**
     * The decisions and actions of the body's published minutes (their current revision) that pass the filter,
     * latest meeting first; nothing when the actor may not see the body's meetings.
     */
    public MinutesRegister register(Actor actor, BodyCode code, RegisterFilter filter) {
        if (!new MeetingPolicy(actor, code, memberships.rolesIn(actor.personId(), code)).canSee()) {
            return new MinutesRegister(List.of(), List.of());
        }
        List<MinutesRegister.Decision> decisions = new ArrayList<>();
        List<MinutesRegister.Action> actions = new ArrayList<>();
        for (Minutes minutes : em.createNamedQuery("Minutes.findCurrentOfBody", Minutes.class)
                .setParameter("code", code).getResultList()) {
            Meeting meeting = minutes.getMeeting();
            for (var section : minutes.getSections()) {
                for (var decision : section.getDecisions()) {
                    if (!filter.matches(decision.getWording(), section.getTitle(), meeting.getTitle())) {
                        continue;
                    }
                    decisions.add(new MinutesRegister.Decision(meeting.getId(), meeting.getTitle(),
                            meeting.getStartsAt(), section.getTitle(), decision.getWording(), decision.votes()));
                }
            }
            for (var action : minutes.getActions()) {
                if (filter.openOnly() && action.getDoneAt() != null
                        || filter.mineOnly() && action.getAssignee().getId() != actor.personId()
                        || !filter.matches(action.getWhat(), action.getAssignee().getDisplayName(), meeting.getTitle())) {
                    continue;
                }
                actions.add(new MinutesRegister.Action(action.getId(), meeting.getId(), meeting.getTitle(),
                        meeting.getStartsAt(), action.getWhat(), action.getAssignee().getId(),
                        action.getAssignee().getDisplayName(), action.getDueDate(), action.getDoneAt(),
                        action.getDoneBy(), action.getAssignee().getId() == actor.personId()));
            }
        }
        return new MinutesRegister(decisions, actions);
    }

    /**
     * The person an action was given to marks it done (or not done after all). Nobody else does, and only
     * actions of the current revision of published minutes.
     */
    public void markActionDone(Actor actor, long actionId, boolean done) {
        Minutes minutes = em.createNamedQuery("Minutes.findByAction", Minutes.class).setParameter("action", actionId)
                .getResultStream().findFirst().orElse(null);
        if (minutes == null || minutes.getStatus() != MinutesStatus.PUBLISHED
                || !policy(actor, minutes.getMeeting()).canSee()) {
            throw new NotFoundException("action " + actionId);
        }
        var action = minutes.getActions().stream().filter(a -> a.getId() == actionId).findFirst().orElseThrow();
        if (action.getAssignee().getId() != actor.personId()) {
            throw new BusinessException("minutes.error.notYourAction");
        }
        action.markDone(done, action.getAssignee().getDisplayName(), Instant.now());
        audit.record(actor, done ? "minutes.action.done" : "minutes.action.reopened", AUDIT_SUBJECT,
                minutes.getId(), action.getWhat());
    }

    /**
     * Corrects published minutes: a new revision, as a draft, with its reason. The published one stays current
     * until the correction is published.
     *
     * @return the id of the new draft
     */
    public long correct(Actor actor, long minutesId, String reason) {
        Minutes published = em.find(Minutes.class, minutesId);
        if (published == null || !policy(actor, published.getMeeting()).canSee()) {
            throw new NotFoundException("minutes " + minutesId);
        }
        requireWriter(actor, published.getMeeting());
        List<Minutes> revisions = revisionsOf(published.getMeeting().getId());
        if (revisions.get(0).getId() != minutesId) {
            throw new BusinessException("minutes.error.notLatest");
        }
        Minutes next = published.correct(reason, Instant.now());
        em.persist(next);
        em.flush();
        audit.record(actor, "minutes.corrected", AUDIT_SUBJECT, next.getId(),
                "r" + next.getRevision() + " : " + next.getCorrectionReason());
        return next.getId();
    }

    // --- Helpers -----------------------------------------------------------------------------------------

    private Minutes writable(Actor actor, long minutesId, int version) {
        Minutes minutes = em.find(Minutes.class, minutesId);
        MeetingPolicy policy = minutes == null ? null : policy(actor, minutes.getMeeting());
        // A draft is unknown to those who may not read it; published minutes to those who do not see the meeting.
        if (policy == null || !policy.canSee() || minutes.getStatus().isEditable() && !policy.canReadDraftMinutes()) {
            throw new NotFoundException("minutes " + minutesId);
        }
        requireWriter(actor, minutes.getMeeting());
        if (minutes.getVersion() != version) {
            throw new BusinessException("minutes.error.stale");
        }
        // Changes often touch only a section, a decision or an action: the minutes' version must move anyway.
        em.lock(minutes, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return minutes;
    }

    private void requireWriter(Actor actor, Meeting meeting) {
        if (!policy(actor, meeting).canWriteMinutes()) {
            throw new BusinessException("minutes.error.notSecretary");
        }
    }

    private Meeting visibleMeeting(Actor actor, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !policy(actor, meeting).canSee()) {
            throw new NotFoundException("meeting " + meetingId);
        }
        return meeting;
    }

    private List<Minutes> revisionsOf(long meetingId) {
        return em.createNamedQuery("Minutes.findByMeeting", Minutes.class).setParameter("meeting", meetingId)
                .getResultList();
    }

    private MeetingPolicy policy(Actor actor, Meeting meeting) {
        BodyCode code = meeting.getBody().getCode();
        return new MeetingPolicy(actor, code, memberships.rolesIn(actor.personId(), code));
    }

    private Set<Long> memberIds(BodyCode code) {
        return memberships.membersOf(code).stream().map(BodyMember::personId).collect(Collectors.toSet());
    }

    /**
     * The attendance as the meeting has it: what the secretary recorded on the day, else the member's answer,
     * else absent; proxies as given.
     */
    private List<MinutesAttendee> attendance(Meeting meeting) {
        Map<Long, Attendance> rows = new HashMap<>();
        em.createNamedQuery("Attendance.findByMeeting", Attendance.class).setParameter("meeting", meeting)
                .getResultList().forEach(row -> rows.put(row.getPerson().getId(), row));
        List<MinutesAttendee> attendees = new ArrayList<>();
        for (BodyMember member : memberships.membersOf(meeting.getBody().getCode())) {
            Attendance row = rows.get(member.personId());
            AttendanceAnswer status = row == null ? AttendanceAnswer.ABSENT
                    : row.getAttended() != null ? row.getAttended()
                    : row.getAnswer() != null ? row.getAnswer() : AttendanceAnswer.ABSENT;
            attendees.add(new MinutesAttendee(member.personId(), member.displayName(), member.organisationName(),
                    status, row == null || row.getProxy() == null ? null : row.getProxy().getDisplayName()));
        }
        return attendees;
    }

    private String quorumSentence(Minutes minutes, int members, int percent) {
        int present = (int) minutes.getAttendees().stream()
                .filter(attendee -> attendee.getStatus() == AttendanceAnswer.PRESENT).count();
        Quorum quorum = new Quorum(members, percent, present, minutes.voices() - present);
        return notices.text(quorum.isReached() ? "minutes.quorum.reached" : "minutes.quorum.notReached",
                quorum.present(), quorum.represented(), quorum.members(), quorum.required(), quorum.percent());
    }

    /** A draft as it stands, with the quorum its attendance gives today (stated for good at publication). */
    private MinutesView draftView(Minutes draft) {
        Meeting meeting = draft.getMeeting();
        return view(draft).withQuorum(quorumSentence(draft, memberIds(meeting.getBody().getCode()).size(),
                meeting.getBody().getQuorumPercent()));
    }

    private static boolean attended(Minutes minutes, long personId) {
        return minutes.getAttendees().stream().anyMatch(attendee -> attendee.getPersonId() == personId
                && attendee.getStatus() == AttendanceAnswer.PRESENT);
    }

    private List<MinutesOverview.Comment> comments(Minutes minutes) {
        return em.createNamedQuery("MinutesComment.findByMinutes", MinutesComment.class)
                .setParameter("minutes", minutes.getId()).getResultStream()
                .map(comment -> new MinutesOverview.Comment(comment.getAuthorName(), comment.getBody(),
                        comment.getCreatedAt()))
                .toList();
    }

    /** The decisions taken in the meeting through other parts of the intranet (position papers). */
    private List<DecisionsTakenInMeetings.Decision> otherDecisions(long meetingId) {
        List<DecisionsTakenInMeetings.Decision> decisions = new ArrayList<>();
        otherDecisionSources.forEach(source -> decisions.addAll(source.takenIn(meetingId)));
        return decisions;
    }

    private MinutesDocument document(Minutes minutes) {
        Meeting meeting = minutes.getMeeting();
        MinutesView view = view(minutes);
        return new MinutesDocument(notices.text("body." + meeting.getBody().getCode()), meeting.getTitle(),
                notices.when(meeting), meeting.getPlace(), minutes.getRevision(), minutes.getCorrectionReason(),
                view.attendees().stream().map(attendee -> new MinutesDocument.Attendee(attendee.name(),
                        attendee.organisation(), notices.text("attendance.answer." + attendee.status()),
                        attendee.proxyName())).toList(),
                minutes.getQuorum(),
                sections(view, otherDecisions(meeting.getId())),
                view.actions().stream().map(action -> new MinutesDocument.Action(action.what(), action.assigneeName(),
                        action.due() == null ? "" : DAY.format(action.due()))).toList(),
                notices.text("minutes.publishedBy", DAY.format(minutes.getPublishedAt()
                        .atZoneSameInstant(MeetingSchedule.ZONE)),
                        minutes.getPublishedBy()));
    }

    /** The agenda items' parts, then one for the decisions taken in the meeting elsewhere, if any. */
    private List<MinutesDocument.Section> sections(MinutesView view, List<DecisionsTakenInMeetings.Decision> others) {
        List<MinutesDocument.Section> sections = new ArrayList<>(view.sections().stream()
                .map(section -> new MinutesDocument.Section(section.title(),
                        section.discussionHtml() == null ? "" : section.discussionHtml(),
                        section.decisions().stream().map(decision -> new MinutesDocument.Decision(decision.wording(),
                                decision.votes() == null ? null : decision.votes().inFavour(),
                                decision.votes() == null ? null : decision.votes().against(),
                                decision.votes() == null ? null : decision.votes().abstentions())).toList()))
                .toList());
        if (!others.isEmpty()) {
            sections.add(new MinutesDocument.Section(notices.text("minutes.otherDecisions"), "",
                    others.stream().map(other -> new MinutesDocument.Decision(other.wording(), other.votesFor(),
                            other.votesAgainst(), other.abstentions())).toList()));
        }
        return sections;
    }

    private static MinutesView view(Minutes minutes) {
        List<MinutesView.Section> sections = new ArrayList<>();
        for (int index = 0; index < minutes.getSections().size(); index++) {
            var section = minutes.getSections().get(index);
            sections.add(new MinutesView.Section(index, section.getTitle(), section.getDiscussion(),
                    section.getDecisions().stream().map(decision -> new MinutesView.Decision(decision.getId(),
                            decision.getWording(), decision.votes())).toList()));
        }
        return new MinutesView(minutes.getId(), minutes.getRevision(), minutes.getStatus(),
                minutes.getCorrectionReason(), minutes.getCommentsUntil(), minutes.getQuorum(),
                minutes.getPublishedAt(), minutes.getPublishedBy(), minutes.getDiscussionSavedAt(),
                minutes.getApprovedAt(),
                minutes.getApprovedIn() == null ? null : minutes.getApprovedIn().getStartsAt(),
                minutes.getAttendees().stream().map(attendee -> new MinutesView.Attendee(attendee.getPersonId(),
                        attendee.getDisplayName(), attendee.getOrganisation(), attendee.getStatus(),
                        attendee.getProxyName())).toList(),
                sections,
                minutes.getActions().stream().map(action -> new MinutesView.Action(action.getId(), action.getWhat(),
                        action.getAssignee().getId(), action.getAssignee().getDisplayName(), action.getDueDate(),
                        action.getDoneAt() != null, action.getDoneBy())).toList(),
                minutes.getVersion());
    }
}
