package fr.prma.interactifs.documents.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names of deposited files, made safe to show and to hand back in a download: never a path, no control or
 * invisible characters, no characters that file systems refuse, at most 255 UTF-16 units with the extension
 * kept. The name is only ever displayed and offered on download: files are stored under their content's
 * address, never under this name.
 */
public final class FileNames {

    public static final int MAX = 255;
    private static final String FALLBACK = "document";

    private FileNames() {
    }

    public static String sanitise(String name) {
        String clean = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        // Browsers of old sent the whole path: keep what follows the last separator of either kind.
        clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(clean.length());
        clean.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || isInvisible(codePoint)) {
                return;
            }
            kept.appendCodePoint(":*?\"<>|".indexOf(codePoint) >= 0 ? '_' : codePoint);
        });
        clean = kept.toString().strip();
        // No hidden files and no "." or ".." names.
        clean = clean.replaceFirst("^\\.+", "").strip();
        if (clean.isEmpty()) {
            return FALLBACK;
        }
        return shorten(clean);
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Cuts a long name, keeping a short extension, without splitting a character. Counted in UTF-16 units, as
     * H2 counts them (an emoji takes two), so the name fits the column on every database.
     */
    private static String shorten(String name) {
        if (name.length() <= MAX) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        int end = MAX - suffix.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).strip() + suffix;
    }

    /** The extension, lower-case, without its dot; empty when the name has none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A title made from a file's name, until the file gives its own: "rapport_annuel_2024.pdf" becomes
     * "Rapport annuel 2024".
     */
    public static String titleFromName(String name) {
        String base = sanitise(name);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[_\\s]+", " ").strip();
        if (base.isEmpty()) {
            return FALLBACK;
        }
        base = base.substring(0, base.offsetByCodePoints(0, 1)).toUpperCase(Locale.FRENCH)
                + base.substring(base.offsetByCodePoints(0, 1));
        return base.length() <= Document.TITLE_MAX ? base : base.substring(0, Document.TITLE_MAX);
    }
}
