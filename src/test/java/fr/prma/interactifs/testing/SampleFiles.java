package fr.prma.interactifs.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Real files of each kind the library meets, made by the tests themselves: office documents written as the
 * formats define them (zip packages of XML), PDFs written with PDFBox, and the broken or hostile ones.
 */
public final class SampleFiles {

    /** The date written in the zip entries of the files made here. */
    private static final LocalDateTime ENTRY_DATE = LocalDateTime.of(2025, 1, 6, 9, 0);

    private SampleFiles() {
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html(String title, String text) {
        return text("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>");
    }

    public static byte[] rtf(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : "\\u" + c + "?"));
        return text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Helvetica;}}\\f0\\fs24 " + escaped + "\\par}");
    }

    /** A PDF with a text layer, and the title and author it names. */
    public static byte[] pdf(String title, String author, String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setAuthor(author);
            writePage(document, lines);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF opened only with a password. */
    public static byte[] encryptedPdf(String... lines) {
        try (PDDocument document = new PDDocument()) {
            writePage(document, lines);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF holding only a picture, as a scanner makes them: no text layer. */
    public static byte[] scannedPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    picture.setRGB(x, y, (x * y) % 2 == 0 ? 0xffffff : 0x202020);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 500);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a real PDF. */
    public static byte[] truncatedPdf() {
        byte[] whole = pdf("Tronqué", "Essai", "Ce document a été coupé en deux pendant sa copie.");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A Word document (OOXML). */
    public static byte[] docx(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(paragraph))
                    .append("</w:t></w:r></w:p>");
        }
        return wordDocument("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>" + body + "</w:body></w:document>");
    }

    /**
     * A Word document whose text is an XML "billion laughs": ten levels of entities, each ten of the level below,
     * which a careless parser would expand to gigabytes.
     */
    public static byte[] docxBillionLaughs() {
        StringBuilder entities = new StringBuilder("<!ENTITY rire0 \"ha \">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY rire").append(level).append(" \"")
                    .append(("&rire" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return wordDocument("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [" + entities + "]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&rire9;</w:t></w:r></w:p></w:body></w:document>");
    }

    /** The parts of a Word document around its main part, {@code word/document.xml}. */
    private static byte[] wordDocument(String documentXml) {
        return zip(false,
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>",
                "word/document.xml", documentXml);
    }

    /**
     * A Word document whose only paragraph unpacks to {@code megabytes} MB of text from a few hundred KB: a
     * "zip bomb" that passes for an office document.
     */
    public static byte[] docxBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            byte[] docx = docx("x");
            try (java.util.zip.ZipInputStream parts = new java.util.zip.ZipInputStream(
                    new java.io.ByteArrayInputStream(docx))) {
                for (ZipEntry part; (part = parts.getNextEntry()) != null;) {
                    zip.putNextEntry(new ZipEntry(part.getName()));
                    if (!part.getName().equals("word/document.xml")) {
                        parts.transferTo(zip);
                    } else {
                        zip.write(text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                + "<w:p><w:r><w:t>"));
                        byte[] chunk = text("bombe ".repeat(1024 * 1024 / 6));
                        for (int i = 0; i < megabytes; i++) {
                            zip.write(chunk);
                        }
                        zip.write(text("</w:t></w:r></w:p></w:body></w:document>"));
                    }
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument text (ODT). */
    public static byte[] odt(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        return zip(true,
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>",
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
    }

    /** An ELF executable header: a program, not a document. */
    public static byte[] executable() {
        byte[] program = new byte[1024];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, program, 0, header.length);
        return program;
    }

    private static void writePage(PDDocument document, String... lines) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /**
     * A zip of name/content pairs; the first entry stored uncompressed when asked (ODF's mimetype). Entries carry
     * a fixed date, so that the same content always gives the same bytes (the benchmarks' seeded corpora rely on
     * it).
     */
    private static byte[] zip(boolean firstStored, String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                entry.setTimeLocal(ENTRY_DATE);
                if (i == 0 && firstStored) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
