package fr.prma.interactifs.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReadableDatesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aDayIsWrittenOutWithItsMonthInTheReadersLanguage() {
        assertEquals("15 janvier 2027", ReadableDates.day(LocalDate.of(2027, 1, 15), Locale.FRENCH));
        assertEquals("1 août 2026", ReadableDates.day(LocalDate.of(2026, 8, 1), Locale.FRENCH));
        assertEquals("15 January 2027", ReadableDates.day(LocalDate.of(2027, 1, 15), Locale.ENGLISH));
    }

    @Test
    void aMomentIsItsDayAndItsTime() {
        assertEquals("26 novembre 2026, 07:44",
                ReadableDates.moment(ZonedDateTime.of(2026, 11, 26, 7, 44, 0, 0, PARIS), Locale.FRENCH));
    }

    @Test
    void noDateIsAnEmptyText() {
        assertEquals("", ReadableDates.day(null, Locale.FRENCH));
        assertEquals("", ReadableDates.moment(null, Locale.FRENCH));
    }
}
