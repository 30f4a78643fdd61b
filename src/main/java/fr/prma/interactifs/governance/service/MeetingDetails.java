package fr.prma.interactifs.governance.service;

import java.time.OffsetDateTime;
import java.util.List;

import fr.prma.interactifs.audit.service.AuditEntry;
import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.MeetingPhase;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.entity.MeetingStatus;

/**
 * A meeting as one reader may see it: what it is, its agenda, what the reader may do with it, their own
 * answer, and for those who run the meeting, everyone's answers, the quorum and the history of changes.
 *
 * @param phase      where it stands as people read it: planned, convened, under way, held or cancelled
 * @param icsSequence the iCalendar SEQUENCE: grows only with the date, times, place and status
 * @param agendaMinutes the sum of the items' planned durations
 * @param slotMinutes the length of its slot
 * @param open       it can still change (neither held nor cancelled)
 * @param canChange  the reader schedules, changes, convenes and cancels it
 * @param canAnswer  the reader sits in the body: they answer the convocation
 * @param myProxyName the member the reader gave their proxy to, {@code null} when they gave none
 * @param proxiesHeld the members (of the body) who gave their proxy to the reader, in the body's order
 * @param proxyChoices the other members of the body, to whom the reader may give a proxy
 * @param attendance everyone's answers; empty unless the reader can change the meeting
 * @param history    the audit trail of the meeting; empty unless the reader can change the meeting
 */
public record MeetingDetails(long id, BodyCode body, MeetingSchedule schedule, OffsetDateTime startsAt,
                             OffsetDateTime endsAt, MeetingStatus status, String cancellationReason,
                             MeetingPhase phase, List<AgendaEntry> agenda, int version, int icsSequence,
                             int agendaMinutes, int slotMinutes, boolean open, boolean held,
                             boolean attendanceRecordable, boolean canChange, boolean canAnswer,
                             AttendanceAnswer myAnswer, Long myProxyId, String myProxyName,
                             List<String> proxiesHeld, List<BodyMember> proxyChoices,
                             List<AttendanceLine> attendance, Quorum expectedQuorum, Quorum recordedQuorum,
                             List<AuditEntry> history) {

    /** The items' durations add up to more than the slot: the page warns the secretary. */
    public boolean agendaOverruns() {
        return agendaMinutes > slotMinutes;
    }

    /**
     * The reader is asked to answer and has not yet: the answer form comes before the agenda, where it is the
     * first thing to do.
     */
    public boolean awaitsMyAnswer() {
        return canAnswer && isConvened() && open && myAnswer == null;
    }

    /** The reader gave their proxy: their answer names the holder. */
    public boolean gaveProxy() {
        return myProxyName != null;
    }

    /** Members gave their proxy to the reader: the page says whose. */
    public boolean holdsProxies() {
        return !proxiesHeld.isEmpty();
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public boolean isConvened() {
        return status == MeetingStatus.CONVENED;
    }

    public boolean isPlanned() {
        return status == MeetingStatus.PLANNED;
    }
}
