package fr.prma.interactifs.governance.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import fr.prma.interactifs.governance.entity.MinutesDecision;

/** A body's register: the decisions and actions of its published minutes, latest meeting first. */
public record MinutesRegister(List<Decision> decisions, List<Action> actions) {

    public MinutesRegister {
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** @param votes {@code null} when no vote was taken */
    public record Decision(long meetingId, String meetingTitle, OffsetDateTime meetingStart, String item,
                           String wording, MinutesDecision.Votes votes) {
    }

    /**
     * @param mine whether the reader is the person it was given to (who marks it done)
     */
    public record Action(long id, long meetingId, String meetingTitle, OffsetDateTime meetingStart, String what,
                         long assigneeId, String assigneeName, LocalDate due, OffsetDateTime doneAt, String doneBy,
                         boolean mine) {

        public boolean isDone() {
            return doneAt != null;
        }
    }
}
