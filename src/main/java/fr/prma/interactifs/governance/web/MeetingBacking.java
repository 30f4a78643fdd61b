package fr.prma.interactifs.governance.web;

import java.io.IOException;

import org.omnifaces.util.Faces;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/reunion.xhtml?reunion=<id>}: a meeting, its agenda, the reader's answer to the
 * convocation; for those who run it, the convocation button and the ways to the other pages of the meeting.
 * A meeting the reader may not see answers 404, like one that does not exist.
 */
@Named
@ViewScoped
public class MeetingBacking extends MeetingPage {

    private static final long serialVersionUID = 1L;

    private AttendanceAnswer answer;
    private Long proxyId;

    /** Where an action on a meeting goes back to. */
    static String outcome(long meetingId) {
        return "/instances/reunion?faces-redirect=true&reunion=" + meetingId;
    }

    /** View action (first request only). */
    public void load() throws IOException {
        if (!loadMeeting(false)) {
            return;
        }
        answer = meeting.myAnswer();
        proxyId = meeting.myProxyId();
    }

    /** "Enregistrer ma réponse". */
    public String saveAnswer() {
        try {
            meetings.answer(currentUser.actor(), meetingId, answer, proxyId);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done("meeting.answer.saved");
        return outcome(meetingId);
    }

    /** "Envoyer la convocation" (after the browser's confirmation). */
    public String convene() {
        try {
            meetings.convene(currentUser.actor(), meetingId);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done("meeting.convened");
        return outcome(meetingId);
    }

    /** "Vous portez le pouvoir de …", in the reader's language. */
    public String getProxiesHeldSentence() {
        return ProxiesHeldSentence.of(Faces.getResourceBundle("msg"), meeting.proxiesHeld());
    }

    public AttendanceAnswer[] getAnswers() {
        return AttendanceAnswer.values();
    }

    public AttendanceAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(AttendanceAnswer answer) {
        this.answer = answer;
    }

    public Long getProxyId() {
        return proxyId;
    }

    public void setProxyId(Long proxyId) {
        this.proxyId = proxyId;
    }
}
