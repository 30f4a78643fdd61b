package fr.prma.interactifs.documents.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The files {@link ForkedTikaExtractorTest} reads: written here where a few lines do (text, HTML, PDF, ODT, RTF,
 * PNG and the hostile ones), copied from {@code src/test/resources/documents} for the Office ones (made with POI
 * by {@code make-office-fixtures.jsh}, beside them).
 */
final class ExtractionFixtures {

    /** Two sentences: enough for the language detector. */
    static final String FRENCH = "Le conseil d’administration s’est réuni le 12 mars sous la présidence de "
            + "Mme Dupont. Après avoir constaté que le quorum était atteint, il a approuvé le procès-verbal de la "
            + "séance précédente, puis examiné le budget prévisionnel de l’année.";

    private ExtractionFixtures() {
    }

    static Path text(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path bytes(Path file, byte[] content) throws IOException {
        return Files.write(file, content);
    }

    static Path resource(Path directory, String name) throws IOException {
        try (InputStream in = ExtractionFixtures.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource documents/" + name);
            }
            Path file = directory.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    static Path html(Path file) throws IOException {
        return text(file, """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                  <meta charset="utf-8">
                  <title>Journal de l’école</title>
                  <meta name="author" content="Équipe de rédaction">
                  <script>var ignore = "codeNonIndexable";</script>
                </head>
                <body>
                  <h1>Fête de l’école</h1>
                  <p>La fête de l’école aura lieu samedi après-midi dans la cour. Les élèves de troisième
                  présenteront leur spectacle de théâtre et la chorale chantera à dix-sept heures.</p>
                </body>
                </html>
                """);
    }

    /** A PDF of the given pages, each a few lines of Helvetica (WinAnsi covers French), with its information. */
    static Path pdf(Path file, List<List<String>> pages, String author, String title, String userPassword)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setAuthor(author);
            information.setTitle(title);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 12, 9, 30, 0);
            information.setCreationDate(created);
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword,
                        userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(256);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** An OpenDocument text: a zip of a stored mimetype, the content and the properties. */
    static Path odt(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.2">
                      <manifest:file-entry manifest:full-path="/" \
                    manifest:media-type="application/vnd.oasis.opendocument.text"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                      <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            deflated(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                      <office:body>
                        <office:text>
                          <text:h text:outline-level="1">Règlement intérieur</text:h>
                          <text:p>Les élèves arrivent au collège avant huit heures et quart.</text:p>
                          <text:p>Le téléphone portable reste éteint pendant les cours et à la cantine.</text:p>
                        </office:text>
                      </office:body>
                    </office:document-content>
                    """);
            deflated(zip, "meta.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
                    xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                      <office:meta>
                        <dc:title>Règlement intérieur</dc:title>
                        <meta:initial-creator>Paul Bernard</meta:initial-creator>
                        <dc:creator>Paul Bernard</dc:creator>
                        <meta:creation-date>2023-09-01T08:00:00</meta:creation-date>
                        <dc:language>fr-FR</dc:language>
                        <meta:document-statistic meta:page-count="3" meta:paragraph-count="3"/>
                      </office:meta>
                    </office:document-meta>
                    """);
        }
        return file;
    }

    static Path rtf(Path file) throws IOException {
        return text(file, "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}"
                + "{\\info{\\title Note de service}{\\author Claire Petit}}"
                + "\\f0\\fs24 La r\\'e9union du personnel aura lieu mardi \\'e0 quatorze heures dans la salle "
                + "des professeurs.\\par Merci de pr\\'e9venir le secr\\'e9tariat en cas d\\'92absence.\\par}");
    }

    /** A picture: a file Tika reads without finding any text. */
    static Path png(Path file) throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(10, 10, 100, 60);
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The first half of the given file's bytes. */
    static Path truncated(Path file, Path source) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return bytes(file, java.util.Arrays.copyOf(all, all.length / 2));
    }

    /** A PDF header followed by bytes that make no PDF. */
    static Path corruptPdf(Path file) throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        byte[] header = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[header.length + garbage.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(garbage, 0, content, header.length, garbage.length);
        return bytes(file, content);
    }

    /**
     * A zip of a few hundred KiB holding one text entry of {@code megabytes} MiB: deflate's best ratio, about
     * 1,000 to 1.
     */
    static Path highlyCompressedZip(Path file, int megabytes) throws IOException {
        return bytes(file, zipOf("bombe.txt", out -> writeRepeated(out, "bombe ", megabytes)));
    }

    /**
     * A zip bomb as they are met: a zip of a few KiB holding a zip holding one text entry of {@code megabytes}
     * MiB; each level multiplies the ratio.
     */
    static Path nestedZipBomb(Path file, int megabytes) throws IOException {
        byte[] inner = zipOf("bombe.txt", out -> writeRepeated(out, "bombe ", megabytes));
        return bytes(file, zipOf("interieur.zip", out -> out.write(inner)));
    }

    /** A Word document whose body is {@code megabytes} MiB of one repeated word, compressed to almost nothing. */
    static Path docxBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            deflated(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                      <Default Extension="xml" ContentType="application/xml"/>
                      <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>
                    """);
            deflated(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                      <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/>
                    </Relationships>
                    """);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            writeRepeated(zip, "bombe ", megabytes);
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** "Billion laughs": ten levels of entities, each ten of the level below, a 3 GB text from 1 KB. */
    static Path billionLaughs(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
        xml.append(" <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            xml.append(" <!ENTITY lol").append(level).append(" \"");
            for (int i = 0; i < 10; i++) {
                xml.append("&lol").append(level - 1).append(';');
            }
            xml.append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        return text(file, xml.toString());
    }

    /**
     * French text of at least {@code characters} characters; its lines differ in their commas, lest Tika take it
     * for CSV.
     */
    static Path longText(Path file, long characters) throws IOException {
        String paragraph = FRENCH + "\nLes élèves de troisième ont présenté leurs travaux au jury.\n";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < characters; written += paragraph.length()) {
                out.write(paragraph);
            }
        }
        return file;
    }

    /**
     * A gzip of a few MiB holding an XML document of {@code megabytes} MiB of comments: no text, no entity,
     * nothing to refuse, only long to read.
     */
    static Path slowXmlGzip(Path file, int megabytes) throws IOException {
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("<?xml version=\"1.0\"?>\n<r>".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(out, "<!-- lent -->", megabytes);
            out.write("</r>\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static byte[] zipOf(String entryName, Content content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entryName));
            content.writeTo(zip);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void writeRepeated(OutputStream out, String word, int megabytes) throws IOException {
        byte[] chunk = word.repeat((1 << 20) / word.length()).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < megabytes; i++) {
            out.write(chunk);
        }
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
