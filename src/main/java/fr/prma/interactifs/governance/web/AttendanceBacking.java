package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.service.AttendanceLine;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/presences.xhtml?reunion=<id>}: the secretary sees the members' answers and the
 * expected quorum, and from the day of the meeting records who actually came. Others get 404.
 */
@Named
@ViewScoped
public class AttendanceBacking extends MeetingPage {

    private static final long serialVersionUID = 1L;

    /** What the secretary records, by person id; pre-filled with what was recorded, else with the answer. */
    private final Map<Long, AttendanceAnswer> attended = new HashMap<>();

    /** View action (first request only). */
    public void load() throws IOException {
        if (!loadMeeting(true)) {
            return;
        }
        for (AttendanceLine line : meeting.attendance()) {
            AttendanceAnswer known = line.attended() != null ? line.attended() : line.answer();
            if (known != null) {
                attended.put(line.personId(), known);
            }
        }
    }

    /** "Enregistrer les présences". */
    public String record() {
        Map<Long, AttendanceAnswer> recorded = new HashMap<>(attended);
        recorded.values().removeIf(value -> value == null);
        try {
            meetings.recordAttendance(currentUser.actor(), meetingId, recorded);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done("attendance.recorded");
        return "/instances/presences?faces-redirect=true&reunion=" + meetingId;
    }

    public AttendanceAnswer[] getAnswers() {
        return AttendanceAnswer.values();
    }

    public Map<Long, AttendanceAnswer> getAttended() {
        return attended;
    }

}
