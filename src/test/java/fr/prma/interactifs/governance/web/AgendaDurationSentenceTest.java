package fr.prma.interactifs.governance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class AgendaDurationSentenceTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.ENGLISH);

    @Test
    void theItemsAreAddedUpAgainstTheSlotAsFrenchAgendasWriteLengths() {
        assertEquals("Durée des points : 1 h 45 sur un créneau de 2 h", AgendaDurationSentence.of(FRENCH, 105, 120));
        assertEquals("Durée des points : 45 min sur un créneau de 1 h 05", AgendaDurationSentence.of(FRENCH, 45, 65));
        assertEquals("Durée des points : 0 min sur un créneau de 2 h 30", AgendaDurationSentence.of(FRENCH, 0, 150));
        assertEquals("Items: 1 h 45 out of a 2 h slot", AgendaDurationSentence.of(ENGLISH, 105, 120));
    }

    @Test
    void anOverrunSaysByHowMuch() {
        assertEquals("Les points dépassent le créneau de 15 min : raccourcissez-les ou allongez la réunion.",
                AgendaDurationSentence.overrun(FRENCH, 135, 120));
        assertEquals("Les points dépassent le créneau de 1 h 10 : raccourcissez-les ou allongez la réunion.",
                AgendaDurationSentence.overrun(FRENCH, 190, 120));
        assertEquals("The items run 2 h over the slot: shorten them or lengthen the meeting.",
                AgendaDurationSentence.overrun(ENGLISH, 240, 120));
    }
}
