package fr.prma.interactifs.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import fr.prma.interactifs.platform.text.ReadableDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Dates and times as people read them: in Europe/Paris, in the language of the page
 * ({@code #{dates.day(meeting.startsAt())}} → "lundi 7 décembre 2026").
 */
@Named("dates")
@RequestScoped
public class DateDisplay {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private LocaleSelection localeSelection;

    /** "lundi 7 décembre 2026" */
    public String day(OffsetDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", localeSelection.getLocale())
                .format(moment.atZoneSameInstant(PARIS));
    }

    /** "14:00" */
    public String time(OffsetDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("HH:mm", localeSelection.getLocale())
                .format(moment.atZoneSameInstant(PARIS));
    }

    /** "lundi 7 décembre 2026, 14:00 - 16:30" */
    public String span(OffsetDateTime start, OffsetDateTime end) {
        return day(start) + ", " + time(start) + " - " + time(end);
    }

    /** "26 novembre 2026, 07:44", for histories and lists of notifications */
    public String moment(OffsetDateTime moment) {
        return moment == null ? "" : ReadableDates.moment(moment.atZoneSameInstant(PARIS), localeSelection.getLocale());
    }

    /** "15 janvier 2027", for a day without a time (an action's due day, a deadline for comments) */
    public String calendarDay(LocalDate day) {
        return ReadableDates.day(day, localeSelection.getLocale());
    }

    /** "7 décembre 2026", for lists of documents */
    public String date(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", localeSelection.getLocale())
                .format(moment.atZone(PARIS));
    }

    /** "26 novembre 2026, 07:44", for histories of versions */
    public String at(Instant moment) {
        return moment == null ? "" : moment(moment.atZone(PARIS).toOffsetDateTime());
    }
}
