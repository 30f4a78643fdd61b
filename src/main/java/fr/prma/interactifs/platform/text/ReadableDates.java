package fr.prma.interactifs.platform.text;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them, written out in their language: "15 janvier 2027", "15 janvier 2027, 14:05". Never
 * {@code 2027-01-15} (what a {@link LocalDate} prints by itself) nor 15/01/2027, which an English reader takes
 * for another day. Plain Java, for pages ({@code #{dates}}) and services alike.
 */
public final class ReadableDates {

    private ReadableDates() {
    }

    /** "15 janvier 2027"; empty for none. */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** "15 janvier 2027, 14:05", for histories and notifications; empty for none. */
    public static String moment(ZonedDateTime moment, Locale locale) {
        return moment == null ? "" : day(moment.toLocalDate(), locale) + ", "
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(moment);
    }
}
