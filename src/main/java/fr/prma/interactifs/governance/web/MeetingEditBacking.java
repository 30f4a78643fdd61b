package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.MeetingSchedule;
import fr.prma.interactifs.governance.service.MeetingDetails;
import fr.prma.interactifs.governance.service.MeetingSummary;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.governance.service.ScheduleOutcome;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.DateDisplay;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/reunion-edition.xhtml}: a secretary schedules a meeting of a body
 * ({@code ?instance=<slug>}) or changes the date, times and place of one ({@code ?reunion=<id>}), and may
 * cancel it. People who may not change the body's meetings get 404; the services check again.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Meetings meetings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DateDisplay dates;

    private String instance;
    private Long meetingId;
    private BodyCode body;
    private int version;
    private boolean convened;

    private String title;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String place;
    private String videoLink;
    private String cancellationReason;

    /** View action (first request only). */
    public void load() throws IOException {
        if (meetingId != null) {
            MeetingDetails meeting;
            try {
                meeting = meetings.find(currentUser.actor(), meetingId);
            } catch (NotFoundException unknown) {
                Feedback.notFound();
                return;
            }
            if (!meeting.canChange()) {
                Feedback.notFound();
                return;
            }
            body = meeting.body();
            version = meeting.version();
            convened = meeting.isConvened();
            MeetingSchedule schedule = meeting.schedule();
            title = schedule.title();
            date = schedule.date();
            start = schedule.start();
            end = schedule.end();
            place = schedule.place();
            videoLink = schedule.videoLink();
            return;
        }
        body = BodyCode.fromSlug(instance == null ? "" : instance).orElse(null);
        if (body == null || !meetings.canSchedule(currentUser.actor(), body)) {
            Feedback.notFound();
            return;
        }
        start = LocalTime.of(14, 0);
        end = LocalTime.of(16, 0);
    }

    /** "Enregistrer": to the meeting's page, with a warning if it overlaps another meeting of the body. */
    public String save() {
        MeetingSchedule schedule = new MeetingSchedule(title, date, start, end, place, videoLink);
        ScheduleOutcome outcome;
        try {
            outcome = meetingId == null ? meetings.schedule(currentUser.actor(), body, schedule)
                    : meetings.reschedule(currentUser.actor(), meetingId, schedule, version);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done(meetingId == null ? "meeting.scheduled" : convened ? "meeting.rescheduled.told"
                : "meeting.rescheduled");
        for (MeetingSummary overlap : outcome.overlaps()) {
            Feedback.warning("meeting.overlap", overlap.title(), dates.span(overlap.startsAt(), overlap.endsAt()));
        }
        return MeetingBacking.outcome(outcome.meetingId());
    }

    /** "Annuler la réunion" (after the browser's confirmation): members convened are told. */
    public String cancel() {
        try {
            meetings.cancel(currentUser.actor(), meetingId, cancellationReason);
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return null;
        }
        Feedback.done("meeting.cancelled");
        return MeetingBacking.outcome(meetingId);
    }

    public boolean isNew() {
        return meetingId == null;
    }

    public BodyCode getBody() {
        return body;
    }

    public boolean isConvened() {
        return convened;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
