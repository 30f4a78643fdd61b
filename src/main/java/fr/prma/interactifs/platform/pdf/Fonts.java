package fr.prma.interactifs.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** DejaVu Sans, from the jasperreports-fonts jar (Bitstream Vera licence: free to embed). */
final class Fonts {

    /** The family name the style sheets ask for. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");
    static final byte[] BOLD_ITALIC = read("DejaVuSans-BoldOblique.ttf");
    private static final CmapLookup CHARACTERS = characters(REGULAR);
    /** What prints in place of a character the font lacks. */
    static final String MISSING = covers('\uFFFD') ? "\uFFFD" : "?";

    private Fonts() {
    }

    static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    /**
     * The document with its characters composed (an 'e' and a combining accent become 'é', which the font
     * has) and those the font still lacks replaced: invisible format characters (joiners, variation
     * selectors) dropped, the others shown as {@link #MISSING}. Markup is ASCII, hence untouched.
     */
    static String printable(String xhtml) {
        String composed = Normalizer.normalize(xhtml, Normalizer.Form.NFC);
        StringBuilder printable = new StringBuilder(composed.length());
        composed.codePoints().forEach(character -> {
            if (character < 0x80 || covers(character)) {
                printable.appendCodePoint(character);
            } else if (Character.getType(character) != Character.FORMAT
                    && Character.getType(character) != Character.NON_SPACING_MARK) {
                printable.append(MISSING);
            }
        });
        return printable.toString();
    }

    private static boolean covers(int character) {
        return CHARACTERS.getGlyphId(character) != 0;
    }

    private static byte[] read(String file) {
        try (InputStream font = Fonts.class.getResourceAsStream(FOLDER + file)) {
            if (font == null) {
                throw new IllegalStateException("Font missing from the class path: " + FOLDER + file);
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + file, e);
        }
    }

    private static CmapLookup characters(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(FAMILY, e);
        }
    }
}
