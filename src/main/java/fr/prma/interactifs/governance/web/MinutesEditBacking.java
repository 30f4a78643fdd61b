package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MinutesDecision;
import fr.prma.interactifs.governance.service.BodyMember;
import fr.prma.interactifs.governance.service.BodyMemberships;
import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.MinutesOverview;
import fr.prma.interactifs.governance.service.MinutesView;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/compte-rendu-edition.xhtml?reunion=<id>}: the secretary writes the draft of the
 * minutes: attendance, one discussion per agenda item (saved automatically every 30 seconds and before
 * publishing), decisions with their votes, actions; then circulates or publishes it. Anyone who may not write
 * the minutes, or a meeting without a draft, gets 404; the services check again.
 * <p>
 * The bean keeps the version of the draft it last read and gives it with every change, so that another
 * secretary's change is never overwritten: the services refuse, and what was typed stays on the page.
 */
@Named
@ViewScoped
public class MinutesEditBacking extends MeetingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingMinutes minutes;

    @EJB
    private BodyMemberships memberships;

    private MinutesView draft;
    private List<BodyMember> members;
    private List<MinutesOverview.Comment> comments;
    private final Map<Integer, String> discussions = new HashMap<>();
    private final Map<Integer, String> saved = new HashMap<>();
    private final Map<Long, AttendanceAnswer> attendance = new HashMap<>();
    private String savedAt;

    private Integer decisionSection;
    private String decisionWording;
    private boolean voteTaken;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;

    private String actionWhat;
    private Long actionAssignee;
    private LocalDate actionDue;

    private LocalDate commentsUntil;

    static String outcome(long meetingId) {
        return "/instances/compte-rendu-edition?faces-redirect=true&reunion=" + meetingId;
    }

    /** View action (first request only). */
    public void load() throws IOException {
        if (!loadMeeting(false)) {
            return;
        }
        var overview = minutes.overview(currentUser.actor(), meetingId);
        if (!overview.canWrite() || overview.draft() == null) {
            Feedback.notFound();
            return;
        }
        members = memberships.membersOf(meeting.body());
        comments = overview.comments();
        refresh(overview.draft());
        draft.sections().forEach(section -> {
            discussions.put(section.index(), section.discussionHtml());
            saved.put(section.index(), section.discussionHtml());
        });
    }

    /** Saves the discussions that changed since the last save (autosave, "Enregistrer", before publishing). */
    public boolean saveDiscussions() {
        try {
            for (Map.Entry<Integer, String> discussion : discussions.entrySet()) {
                if (!Objects.equals(discussion.getValue(), saved.get(discussion.getKey()))) {
                    int version = minutes.writeDiscussion(currentUser.actor(), draft.id(), draft.version(),
                            discussion.getKey(), discussion.getValue());
                    saved.put(discussion.getKey(), discussion.getValue());
                    draft = draft.withVersion(version);
                }
            }
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return false;
        }
        savedAt = LocalTime.now(MeetingSchedule.ZONE).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        return true;
    }

    /** A change in the attendance list (saved at once). */
    public void recordAttendance(long personId) {
        AttendanceAnswer status = attendance.get(personId);
        change(() -> minutes.recordAttendance(currentUser.actor(), draft.id(), draft.version(), personId, status));
    }

    /** "Ajouter la décision" to the chosen agenda item. */
    public void addDecision() {
        int section = decisionSection == null ? 0 : decisionSection;
        MinutesDecision.Votes votes = voteTaken ? new MinutesDecision.Votes(zero(votesFor), zero(votesAgainst),
                zero(abstentions)) : null;
        if (change(() -> minutes.addDecision(currentUser.actor(), draft.id(), draft.version(), section,
                decisionWording, votes))) {
            decisionWording = null;
            voteTaken = false;
            votesFor = null;
            votesAgainst = null;
            abstentions = null;
        }
    }

    public void removeDecision(int section, long decisionId) {
        change(() -> minutes.removeDecision(currentUser.actor(), draft.id(), draft.version(), section, decisionId));
    }

    public void addAction() {
        if (change(() -> minutes.addAction(currentUser.actor(), draft.id(), draft.version(), actionWhat,
                actionAssignee, actionDue))) {
            actionWhat = null;
            actionAssignee = null;
            actionDue = null;
        }
    }

    public void removeAction(long actionId) {
        change(() -> minutes.removeAction(currentUser.actor(), draft.id(), draft.version(), actionId));
    }

    /** "Soumettre aux participants": the attendees are told and may comment until the chosen day. */
    public String circulate() {
        if (!saveDiscussions() || !change(() -> minutes.circulate(currentUser.actor(), draft.id(), draft.version(),
                commentsUntil))) {
            return null;
        }
        Feedback.done("minutes.circulated");
        return outcome(meetingId);
    }

    /** "Publier" (after the browser's confirmation): saves the discussions, then freezes the minutes. */
    public String publish() {
        if (!saveDiscussions() || !change(() -> minutes.publish(currentUser.actor(), draft.id(), draft.version()))) {
            return null;
        }
        Feedback.done("minutes.published");
        return "/instances/compte-rendu?faces-redirect=true&reunion=" + meetingId;
    }

    /** Runs a change of the draft, then reads it again; on a refusal, says why and keeps the forms as typed. */
    private boolean change(Runnable change) {
        try {
            change.run();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return false;
        }
        refresh(minutes.overview(currentUser.actor(), meetingId).draft());
        return true;
    }

    private void refresh(MinutesView latest) {
        if (latest != null) {
            draft = latest;
            latest.attendees().forEach(attendee -> attendance.put(attendee.personId(), attendee.status()));
        }
    }

    private static int zero(Integer count) {
        return count == null ? 0 : count;
    }

    public AttendanceAnswer[] getAnswers() {
        return AttendanceAnswer.values();
    }

    public MinutesView getDraft() {
        return draft;
    }

    /** The attendees' comments, as they were when the page was opened. */
    public List<MinutesOverview.Comment> getComments() {
        return comments;
    }

    public List<BodyMember> getMembers() {
        return members;
    }

    public Map<Long, AttendanceAnswer> getAttendance() {
        return attendance;
    }

    public Map<Integer, String> getDiscussions() {
        return discussions;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public Integer getDecisionSection() {
        return decisionSection;
    }

    public void setDecisionSection(Integer decisionSection) {
        this.decisionSection = decisionSection;
    }

    public String getDecisionWording() {
        return decisionWording;
    }

    public void setDecisionWording(String decisionWording) {
        this.decisionWording = decisionWording;
    }

    public boolean isVoteTaken() {
        return voteTaken;
    }

    public void setVoteTaken(boolean voteTaken) {
        this.voteTaken = voteTaken;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public String getActionWhat() {
        return actionWhat;
    }

    public void setActionWhat(String actionWhat) {
        this.actionWhat = actionWhat;
    }

    public Long getActionAssignee() {
        return actionAssignee;
    }

    public void setActionAssignee(Long actionAssignee) {
        this.actionAssignee = actionAssignee;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public LocalDate getCommentsUntil() {
        return commentsUntil;
    }

    public void setCommentsUntil(LocalDate commentsUntil) {
        this.commentsUntil = commentsUntil;
    }
}
