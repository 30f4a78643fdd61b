package fr.prma.interactifs.documents.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.prma.interactifs.platform.text.SearchText;

/**
 * The title a file gives itself (what Tika reads as {@code dc:title}), and when a document takes it.
 * <p>
 * A document keeps the title its depositor gave, or the one made from its file's name when they gave none.
 * The file's own title only fills a title that is empty, that is one made from a name that says nothing
 * ("Document1.docx", "sans titre.odt", a name of dots), and only when it says something itself. Many files
 * carry a title nobody wrote: a browser printing a blank page writes "about:blank", a printer driver writes
 * "Microsoft Word - Document1.docx", an office suite leaves "Présentation PowerPoint". Once such a title
 * replaced the one a person deposited everywhere, in the library, the search and the notifications.
 */
public final class ExtractedTitle {

    /**
     * Addresses rather than titles: a browser that prints a page without a title (a blank tab, a frame) writes
     * its address, "about:blank" most often; a local file's address only repeats a name we already have.
     */
    private static final List<String> ADDRESSES = List.of("about:", "blob:", "data:", "file:");

    /**
     * Printer drivers title the PDF after the file they print ("Microsoft Word - Document1.docx"): a name,
     * not a title, and the name of a file we do not even hold.
     */
    private static final Pattern PRINTER_DRIVER = Pattern.compile("^microsoft (word|excel|powerpoint|office \\w+)"
            + " ?- ");

    /** The extension of an office file at the end of a title that is only a file's name. */
    private static final Pattern EXTENSION = Pattern.compile(
            "\\.(docx?|dotx?|odt|ott|ods|odp|xlsx?|pptx?|pdf|rtf|txt|html?|pages|key|numbers)$");

    /** The numbering office suites add to their default names: "Document1", "Untitled-2", "Sans titre (3)". */
    private static final Pattern NUMBERING = Pattern.compile("[\\s\\d_().-]+$");

    /**
     * Names office suites and tools give before anyone writes a title, compared without case, accents or their
     * numbering; French first, then English, as the files of the cluster come. A real title is never one of
     * these words alone.
     */
    private static final Set<String> DEFAULT_NAMES = Set.of(
            // Word, LibreOffice Writer, Google Docs
            "document", "doc", "nouveau document", "document sans titre", "document microsoft word",
            "document word", "new document", "untitled document", "microsoft word document",
            // Every suite's "no title yet"
            "sans titre", "sans nom", "titre", "untitled", "unnamed", "title", "blank",
            // PowerPoint, Impress
            "presentation", "presentation powerpoint", "diaporama powerpoint", "diapositive",
            "powerpoint presentation", "slide",
            // Excel, Calc
            "classeur", "feuil", "book", "sheet");

    private ExtractedTitle() {
    }

    /**
     * The title a document keeps once its file's own title is read.
     *
     * @param title        the document's title now
     * @param madeFromName whether that title was made from the file's name (the depositor gave none)
     * @param extracted    the title the file gives itself, or null
     */
    public static String keptOrFilled(String title, boolean madeFromName, String extracted) {
        boolean empty = title == null || title.isBlank() || madeFromName && isMeaningless(title);
        return empty ? meaningful(extracted).orElse(title) : title;
    }

    /** The title a file gives itself, stripped, unless it says nothing. */
    public static Optional<String> meaningful(String extracted) {
        return isMeaningless(extracted) ? Optional.empty() : Optional.of(extracted.strip());
    }

    /** Whether a title says nothing of what the document is: blank, without a letter, an address, a default name. */
    public static boolean isMeaningless(String title) {
        if (title == null || title.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        String plain = SearchText.normalise(title);
        if (ADDRESSES.stream().anyMatch(plain::startsWith) || PRINTER_DRIVER.matcher(plain).find()) {
            return true;
        }
        String withoutNumbering = NUMBERING.matcher(EXTENSION.matcher(plain).replaceFirst("")).replaceFirst("");
        return DEFAULT_NAMES.contains(withoutNumbering);
    }
}
