package fr.prma.interactifs.governance.entity;

/** What the secretary types for an agenda item. */
public record AgendaItemText(String title, String presenter, Integer durationMinutes, String description) {

    public AgendaItemText {
        title = MeetingSchedule.trimToNull(title);
        presenter = MeetingSchedule.trimToNull(presenter);
        description = MeetingSchedule.trimToNull(description);
    }
}
