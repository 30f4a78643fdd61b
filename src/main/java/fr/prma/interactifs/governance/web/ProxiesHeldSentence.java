package fr.prma.interactifs.governance.web;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.List;
import java.util.ResourceBundle;

/**
 * "Vous portez le pouvoir de Camille Durand", "Vous portez les pouvoirs de Camille Durand, d’Inès Garnier et de
 * Marc Lefebvre": the members whose proxy the reader holds, in one sentence of the reader's language. The bundle
 * gives the sentence (agreeing with the number), how each name goes into it, and the separators; French elides
 * "de" before a vowel or a mute h, which the bundle says with {@code meeting.proxiesHeld.nameElided}.
 */
final class ProxiesHeldSentence {

    private static final String KEY = "meeting.proxiesHeld";

    private ProxiesHeldSentence() {
    }

    static String of(ResourceBundle bundle, List<String> names) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(bundle.getString(i == names.size() - 1 ? KEY + ".lastSeparator" : KEY + ".separator"));
            }
            String name = names.get(i);
            list.append(format(bundle, elides(name) ? KEY + ".nameElided" : KEY + ".name", name));
        }
        return format(bundle, KEY, list.toString(), names.size());
    }

    /** Whether the name begins with a vowel or an h (accents aside): "d’Inès", "d’Hélène", "d’Yves". */
    static boolean elides(String name) {
        String bare = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        return !bare.isEmpty() && "aeiouyh".indexOf(Character.toLowerCase(bare.charAt(0))) >= 0;
    }

    private static String format(ResourceBundle bundle, String key, Object... parameters) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(parameters);
    }
}
