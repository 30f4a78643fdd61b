package fr.prma.interactifs.governance.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * When and where a meeting takes place, as the secretary types it: a day and two times of the clock in
 * Europe/Paris, a place and/or a video link.
 */
public record MeetingSchedule(String title, LocalDate date, LocalTime start, LocalTime end, String place,
                              String videoLink) {

    /** The cluster's time zone: every date and time people type or read is in it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public MeetingSchedule {
        title = trimToNull(title);
        place = trimToNull(place);
        videoLink = trimToNull(videoLink);
    }

    /** The schedule of a meeting as it stands, to start an edit from. */
    public static MeetingSchedule of(String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String place,
                                     String videoLink) {
        return new MeetingSchedule(title, startsAt.atZoneSameInstant(ZONE).toLocalDate(),
                startsAt.atZoneSameInstant(ZONE).toLocalTime(), endsAt.atZoneSameInstant(ZONE).toLocalTime(), place,
                videoLink);
    }

    OffsetDateTime startsAt() {
        return date.atTime(start).atZone(ZONE).toOffsetDateTime();
    }

    OffsetDateTime endsAt() {
        return date.atTime(end).atZone(ZONE).toOffsetDateTime();
    }

    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
