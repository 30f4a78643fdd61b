package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.BodyCode;

/** The minutes' PDF and a meeting's calendar file are saved under names people read: what, which body, what day. */
class DownloadNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void theMinutesAreNamedForTheirBodyAndTheMeetingsDay() {
        assertEquals("compte-rendu-reunion-departementale-2026-12-07.pdf",
                MinutesPdf.fileName(BodyCode.DEPARTMENTAL_MEETING, DAY, 1));
        assertEquals("compte-rendu-groupe-de-travail-resserre-2027-01-05.pdf",
                MinutesPdf.fileName(BodyCode.WORKING_GROUP, LocalDate.of(2027, 1, 5), 1),
                "months and days on two digits");
    }

    @Test
    void aCorrectionOfTheMinutesSaysItsRevision() {
        assertEquals("compte-rendu-reunion-departementale-2026-12-07-rev2.pdf",
                MinutesPdf.fileName(BodyCode.DEPARTMENTAL_MEETING, DAY, 2));
        assertEquals("compte-rendu-comite-de-pilotage-2026-12-07-rev12.pdf",
                MinutesPdf.fileName(BodyCode.STEERING_COMMITTEE, DAY, 12));
    }

    @Test
    void aMeetingsCalendarFileIsNamedForItsBodyAndDay() {
        assertEquals("reunion-comite-de-pilotage-2026-12-07.ics",
                MeetingIcs.fileName(BodyCode.STEERING_COMMITTEE, DAY));
        assertEquals("reunion-groupe-de-travail-resserre-2026-12-07.ics",
                MeetingIcs.fileName(BodyCode.WORKING_GROUP, DAY));
    }
}
