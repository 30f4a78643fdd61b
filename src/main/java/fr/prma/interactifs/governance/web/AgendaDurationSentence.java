package fr.prma.interactifs.governance.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * "Durée des points : 1 h 45 sur un créneau de 2 h": the items' planned durations added up, against the
 * meeting's slot, in the reader's language; and, when they exceed it, the warning that says by how much. A
 * length reads "45 min", "2 h" or "1 h 45", as French agendas write it; the bundle gives each form.
 */
final class AgendaDurationSentence {

    private static final String KEY = "agenda.duration";

    private AgendaDurationSentence() {
    }

    static String of(ResourceBundle bundle, int agendaMinutes, int slotMinutes) {
        return format(bundle, KEY, length(bundle, agendaMinutes), length(bundle, slotMinutes));
    }

    /** "Les points dépassent le créneau de 15 min…"; meant only when they do. */
    static String overrun(ResourceBundle bundle, int agendaMinutes, int slotMinutes) {
        return format(bundle, KEY + ".over", length(bundle, agendaMinutes - slotMinutes));
    }

    /** "45 min", "2 h", "1 h 45" */
    static String length(ResourceBundle bundle, int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String form = hours == 0 ? ".minutes" : rest == 0 ? ".hours" : ".hoursMinutes";
        return format(bundle, KEY + form, hours, rest);
    }

    private static String format(ResourceBundle bundle, String key, Object... parameters) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(parameters);
    }
}
