package fr.prma.interactifs.documents.entity;

import java.util.List;
import java.util.Locale;

/**
 * A file as deposited: where its content is stored, its size, the (sanitised) name it was deposited under,
 * and its type as detected from its bytes.
 */
public record DepositedFile(String sha256, long size, String name, String mediaType) {

    /** Every family {@link #familyOf} gives, in the order the library's filter lists them. */
    public static final List<String> FAMILIES =
            List.of("pdf", "word", "spreadsheet", "presentation", "text", "web", "image", "other");

    public String family() {
        return familyOf(mediaType);
    }

    /**
     * The family a type belongs to, for the type filter and facet and their labels ({@code document.type.*}):
     * pdf, text, word, spreadsheet, presentation, web, image or other.
     */
    public static String familyOf(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            return "pdf";
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return "web";
        }
        if (type.startsWith("image/")) {
            return "image";
        }
        if (type.contains("spreadsheet") || type.contains("ms-excel") || type.equals("text/csv")) {
            return "spreadsheet";
        }
        if (type.contains("presentation") || type.contains("ms-powerpoint")) {
            return "presentation";
        }
        if (type.contains("wordprocessing") || type.equals("application/msword")
                || type.equals("application/vnd.oasis.opendocument.text")) {
            return "word";
        }
        if (type.startsWith("text/") || type.equals("application/rtf")) {
            return "text";
        }
        return "other";
    }
}
