package fr.prma.interactifs.governance.service;

import fr.prma.interactifs.platform.text.SearchText;

/**
 * What the register shows: entries with these words (accents, case and apostrophes ignored, as in the
 * directory), only open actions, only the reader's actions.
 */
public record RegisterFilter(String words, boolean openOnly, boolean mineOnly) {

    public static final RegisterFilter ALL = new RegisterFilter(null, false, false);

    /** Whether one of the texts contains the words; no words match everything. */
    boolean matches(String... texts) {
        if (words == null || words.isBlank()) {
            return true;
        }
        for (String text : texts) {
            if (text != null && SearchText.contains(text, words)) {
                return true;
            }
        }
        return false;
    }
}
