package fr.prma.interactifs.bench;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import fr.prma.interactifs.testing.SampleFiles;

/**
 * Writes one file of the ingestion corpus in its format, the way office programs lay such documents out: headed
 * sections of prose, tables of figures, slides of bullet points, sometimes a photograph. Everything comes from the
 * document's own {@link FrenchText} and {@link Plan}, so the same plan always gives the same bytes: dates inside
 * the files are the plan's, and zip entries carry a fixed date.
 */
final class CorpusWriter {

    /** What the corpus decided for one document before its text is drawn. */
    record Plan(int number, CorpusFormat format, String title, String author, LocalDateTime created, double size,
            boolean picture, String markerSentence) {
    }

    /** The date of the zip entries of the office files. */
    private static final LocalDateTime ZIP_ENTRY_DATE = LocalDateTime.of(2025, 1, 6, 9, 0);
    /** Characters in a line of a PDF page, DejaVu Sans 10 pt on A4 with 50 pt margins. */
    private static final int PDF_LINE_CHARACTERS = 85;
    /** The fonts of the PDFs, from the jasperreports-fonts jar (Bitstream Vera licence: free to embed). */
    private static final byte[] DEJAVU_SANS = font("DejaVuSans.ttf");
    private static final byte[] DEJAVU_SANS_BOLD = font("DejaVuSans-Bold.ttf");

    private final FrenchText text;
    private final Plan plan;
    /** Where the marker sentence goes: before this paragraph, counted over the whole document. */
    private final int markerParagraph;
    private int paragraphs;
    private boolean markerWritten;

    private CorpusWriter(FrenchText text, Plan plan, int paragraphsPlanned) {
        this.text = text;
        this.plan = plan;
        this.markerParagraph = text.nextInt(Math.max(1, paragraphsPlanned));
    }

    /** The bytes of the planned document, drawn from that text. */
    static byte[] write(FrenchText text, Plan plan) {
        try {
            return switch (plan.format()) {
                // at least two paragraphs a section: the marker falls within the text, anywhere in it
                case PDF -> new CorpusWriter(text, plan, pdfSections(plan) * 2).pdf();
                case DOCX -> new CorpusWriter(text, plan, proseSections(plan) * 2).docx();
                case ODT -> new CorpusWriter(text, plan, proseSections(plan) * 2).odt();
                case HTML -> new CorpusWriter(text, plan, proseSections(plan) * 2).html();
                case TXT -> new CorpusWriter(text, plan, proseSections(plan) * 2).txt();
                case XLSX -> new CorpusWriter(text, plan, 0).xlsx();
                case PPTX -> new CorpusWriter(text, plan, 0).pptx();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write document " + plan.number(), e);
        }
    }

    // --- Sizes: the plan's size, from 0 (a short note) to 1 (the longest of its kind) ---

    /** Sections of a text document: 1 (a note of a few paragraphs) to 30 (a study of some twenty pages). */
    private static int proseSections(Plan plan) {
        return 1 + (int) (29 * plan.size());
    }

    /** Sections of a PDF: up to 60, a report of forty pages. */
    private static int pdfSections(Plan plan) {
        return 1 + (int) (59 * plan.size());
    }

    private static int slides(Plan plan) {
        return 3 + (int) (27 * plan.size());
    }

    // --- Prose shared by the formats ---

    /** A section: a heading and a few paragraphs, the marker sentence at its planned place. */
    private record Section(String heading, List<String> paragraphs) {
    }

    private List<Section> sections(int count) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String heading = (i + 1) + ". " + text.title();
            List<String> body = new ArrayList<>();
            int length = 2 + text.nextInt(4);
            for (int p = 0; p < length; p++) {
                body.add(nextParagraph(2 + text.nextInt(6)));
            }
            sections.add(new Section(heading, body));
        }
        return sections;
    }

    /** The next paragraph of the document, with the marker sentence in front when its turn has come. */
    private String nextParagraph(int sentences) {
        String paragraph = text.paragraph(sentences);
        if (!markerWritten && paragraphs++ >= markerParagraph) {
            markerWritten = true;
            return plan.markerSentence() + " " + paragraph;
        }
        return paragraph;
    }

    // --- PDF ---

    private byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(plan.title());
            information.setAuthor(plan.author());
            information.setCreationDate(calendar(plan.created()));
            information.setModificationDate(calendar(plan.created()));
            // PDFBox would derive the file identifier from the clock
            COSArray id = new COSArray();
            byte[] identifier = ("interactifs-" + plan.number() + "-" + plan.title()).getBytes(StandardCharsets.UTF_8);
            id.add(new COSString(identifier));
            id.add(new COSString(identifier));
            document.getDocument().getTrailer().setItem(COSName.ID, id);

            PdfPages pages = new PdfPages(document);
            if (plan.picture()) {
                pages.picture(JPEGFactory.createFromByteArray(document, photograph(new Random(text.nextInt(Integer.MAX_VALUE)))));
            }
            pages.line(pages.bold, 16, plan.title());
            pages.line(pages.regular, 10, plan.author() + ", " + plan.created().getYear());
            pages.gap();
            for (Section section : sections(pdfSections(plan))) {
                pages.line(pages.bold, 12, section.heading());
                for (String paragraph : section.paragraphs()) {
                    for (String line : wrap(paragraph, PDF_LINE_CHARACTERS)) {
                        pages.line(pages.regular, 10, line);
                    }
                    pages.gap();
                }
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Lines written down A4 pages, a new page when one is full, its number at the foot. */
    private static final class PdfPages {

        private static final float TOP = 790;
        private static final float BOTTOM = 60;
        private static final float LEFT = 50;

        final PDFont regular;
        final PDFont bold;
        private final PDDocument document;
        private PDPageContentStream content;
        private int pageNumber;
        private float y;

        /** Pages in DejaVu Sans, embedded as subsets the way word processors export PDFs. */
        PdfPages(PDDocument document) throws IOException {
            this.document = document;
            this.regular = PDType0Font.load(document, new ByteArrayInputStream(DEJAVU_SANS));
            this.bold = PDType0Font.load(document, new ByteArrayInputStream(DEJAVU_SANS_BOLD));
        }

        void picture(PDImageXObject image) throws IOException {
            ensurePage(0);
            float width = 495;
            float height = width * image.getHeight() / image.getWidth();
            content.drawImage(image, LEFT, y - height, width, height);
            y -= height + 20;
        }

        void line(PDFont font, float size, String line) throws IOException {
            ensurePage(size * 1.4f);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(LEFT, y - size);
            content.showText(line);
            content.endText();
            y -= size * 1.4f;
        }

        void gap() {
            y -= 6;
        }

        private void ensurePage(float needed) throws IOException {
            if (content != null && y - needed >= BOTTOM) {
                return;
            }
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pageNumber++;
            content.beginText();
            content.setFont(regular, 8);
            content.newLineAtOffset(LEFT, 30);
            content.showText("Page " + pageNumber);
            content.endText();
            y = TOP;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }

    // --- Word (DOCX) ---

    private byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            describe(document.getProperties());
            run(document.createParagraph(), plan.title(), true, 18);
            run(document.createParagraph(), plan.author() + " — " + plan.created().toLocalDate(), false, 10);
            if (plan.picture()) {
                byte[] photograph = photograph(new Random(text.nextInt(Integer.MAX_VALUE)));
                try {
                    document.createParagraph().createRun().addPicture(new ByteArrayInputStream(photograph),
                            PictureType.JPEG, "photo-" + plan.number() + ".jpg", Units.toEMU(430), Units.toEMU(290));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IllegalStateException(e);
                }
            }
            List<Section> sections = sections(proseSections(plan));
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                run(document.createParagraph(), section.heading(), true, 14);
                for (String paragraph : section.paragraphs()) {
                    run(document.createParagraph(), paragraph, false, 11);
                }
                if (i % 6 == 2) {
                    budgetTable(document);
                }
            }
            return zipWithFixedDates(document::write);
        }
    }

    private static void run(XWPFParagraph paragraph, String words, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(words);
        run.setBold(bold);
        run.setFontSize(size);
    }

    /** A small budget table of a study or minutes: headings, then lines of labels and amounts. */
    private void budgetTable(XWPFDocument document) {
        int rows = 3 + text.nextInt(10);
        XWPFTable table = document.createTable(rows + 1, 3);
        table.getRow(0).getCell(0).setText("Poste");
        table.getRow(0).getCell(1).setText("Montant (€)");
        table.getRow(0).getCell(2).setText("Financeur");
        for (int r = 1; r <= rows; r++) {
            table.getRow(r).getCell(0).setText(text.title());
            table.getRow(r).getCell(1).setText(Integer.toString(500 + text.nextInt(60_000)));
            table.getRow(r).getCell(2).setText(text.title());
        }
    }

    // --- OpenDocument text (ODT) ---

    private byte[] odt() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(plan.title());
        paragraphs.add(plan.author() + " — " + plan.created().toLocalDate());
        for (Section section : sections(proseSections(plan))) {
            paragraphs.add(section.heading());
            paragraphs.addAll(section.paragraphs());
        }
        return SampleFiles.odt(paragraphs.toArray(String[]::new));
    }

    // --- Excel (XLSX) ---

    private static final String[] BUDGET_COLUMNS = {"Poste", "Structure", "Réalisé N-1 (€)", "Budget N (€)",
            "Écart (€)", "Financeur", "Commentaire"};

    private byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            describe(workbook.getProperties());
            int sheets = 1 + (int) (5 * plan.size() + text.nextInt(2));
            int rowsPerSheet = 10 + (int) (300 * plan.size());
            int markerRow = 1 + text.nextInt(rowsPerSheet);
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = workbook.createSheet((s + 1) + " " + sheetName(text.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < BUDGET_COLUMNS.length; c++) {
                    header.createCell(c).setCellValue(BUDGET_COLUMNS[c]);
                }
                int rows = rowsPerSheet / 2 + text.nextInt(rowsPerSheet / 2 + 1);
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(text.title());
                    row.createCell(1).setCellValue(STRUCTURES.get(text.nextInt(STRUCTURES.size())));
                    int previous = 200 + text.nextInt(80_000);
                    int budget = previous + text.nextInt(20_000) - 10_000;
                    row.createCell(2).setCellValue(previous);
                    row.createCell(3).setCellValue(budget);
                    row.createCell(4).setCellFormula("D" + (r + 1) + "-C" + (r + 1));
                    row.createCell(5).setCellValue(text.title());
                    if (s == 0 && r == Math.min(markerRow, rows)) {
                        row.createCell(6).setCellValue(plan.markerSentence());
                    } else if (text.nextInt(4) == 0) {
                        row.createCell(6).setCellValue(text.sentence());
                    }
                }
                Row total = sheet.createRow(rows + 1);
                total.createCell(0).setCellValue("Total");
                total.createCell(2).setCellFormula("SUM(C2:C" + (rows + 1) + ")");
                total.createCell(3).setCellFormula("SUM(D2:D" + (rows + 1) + ")");
            }
            return zipWithFixedDates(workbook::write);
        }
    }

    /** Twenty characters at most, none of those a sheet name refuses. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\']", " ");
        return name.length() <= 20 ? name : name.substring(0, 20).strip();
    }

    /** Members of the cluster, as they appear in budgets. */
    private static final List<String> STRUCTURES = List.of("Le Camji", "La Ronde des Jurons", "Trastaroots",
            "UPCP-Métive", "Boc'Hall", "Burkina Azza", "Conservatoire du Thouarsais", "PRMA");

    // --- PowerPoint (PPTX) ---

    private byte[] pptx() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            describe(show.getProperties());
            show.setPageSize(new Dimension(960, 540));
            int slides = slides(plan);
            List<XSLFPictureData> photographs = new ArrayList<>();
            for (int p = plan.picture() ? 1 + text.nextInt(3) : 0; p > 0; p--) {
                photographs.add(show.addPicture(photograph(new Random(text.nextInt(Integer.MAX_VALUE))),
                        PictureData.PictureType.JPEG));
            }
            int markerSlide = text.nextInt(slides);
            for (int s = 0; s < slides; s++) {
                XSLFSlide slide = show.createSlide();
                textBox(slide, new Rectangle2D.Double(40, 20, 880, 70), s == 0 ? plan.title() : text.title(), 28);
                boolean withPhotograph = !photographs.isEmpty() && s % 4 == 1;
                XSLFTextBox body = textBox(slide, new Rectangle2D.Double(40, 110,
                        withPhotograph ? 480 : 880, 400), null, 0);
                int bullets = 3 + text.nextInt(4);
                for (int b = 0; b < bullets; b++) {
                    bullet(body, text.sentence());
                }
                if (s == markerSlide) {
                    bullet(body, plan.markerSentence());
                }
                if (withPhotograph) {
                    slide.createPicture(photographs.get(s / 4 % photographs.size()))
                            .setAnchor(new Rectangle2D.Double(540, 130, 380, 256));
                }
            }
            return zipWithFixedDates(show::write);
        }
    }

    private static XSLFTextBox textBox(XSLFSlide slide, Rectangle2D anchor, String words, double size) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        if (words != null) {
            XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
            run.setText(words);
            run.setFontSize(size);
            run.setBold(true);
        }
        return box;
    }

    private static void bullet(XSLFTextBox box, String words) {
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        paragraph.setBullet(true);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(words);
        run.setFontSize(16.0);
    }

    // --- Web page (HTML) ---

    private byte[] html() {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(plan.author())).append("\">\n")
                .append("<title>").append(escape(plan.title())).append(" – Pôle régional des musiques actuelles</title>\n")
                .append("<style>\nbody{font-family:Georgia,serif;max-width:48em;margin:auto;color:#222}\n")
                .append("header nav a{margin-right:1em;text-decoration:none}\nh1{font-size:2em}h2{font-size:1.4em}\n")
                .append("footer{font-size:.8em;color:#666;border-top:1px solid #ccc;margin-top:3em}\n</style>\n")
                .append("<script>document.documentElement.className='js';</script>\n</head>\n<body>\n")
                .append("<header><nav><a href=\"/\">Accueil</a><a href=\"/actualites\">Actualités</a>")
                .append("<a href=\"/ressources\">Ressources</a><a href=\"/adherents\">Adhérents</a>")
                .append("<a href=\"/agenda\">Agenda</a><a href=\"/emploi\">Offres d'emploi</a>")
                .append("<a href=\"/contact\">Contact</a></nav></header>\n<aside><h2>À lire aussi</h2><ul>\n");
        for (int link = 0; link < 5; link++) {
            String related = text.title();
            page.append("<li><a href=\"/ressources/").append(Corpus.slug(related)).append("\">")
                    .append(escape(related)).append("</a></li>\n");
        }
        page.append("</ul></aside>\n<main>\n<article>\n<h1>")
                .append(escape(plan.title())).append("</h1>\n<p class=\"meta\">Publié le ")
                .append(plan.created().toLocalDate()).append(" par ").append(escape(plan.author())).append("</p>\n");
        List<Section> sections = sections(proseSections(plan));
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            page.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            for (String paragraph : section.paragraphs()) {
                page.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            if (i % 3 == 1) {
                page.append("<ul>\n");
                for (int b = 0; b < 3; b++) {
                    page.append("<li>").append(escape(text.sentence())).append("</li>\n");
                }
                page.append("</ul>\n");
            }
        }
        page.append("</article>\n</main>\n<footer><p>Pôle régional des musiques actuelles de Nouvelle-Aquitaine")
                .append(" — <a href=\"/mentions-legales\">Mentions légales</a></p></footer>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // --- Plain text (TXT) ---

    private byte[] txt() {
        StringBuilder note = new StringBuilder(8_192);
        note.append(plan.title()).append('\n').append("=".repeat(plan.title().length())).append("\n\n")
                .append(plan.author()).append(", ").append(plan.created().toLocalDate()).append("\n\n");
        for (Section section : sections(proseSections(plan))) {
            note.append(section.heading()).append("\n\n");
            for (String paragraph : section.paragraphs()) {
                for (String line : wrap(paragraph, 78)) {
                    note.append(line).append('\n');
                }
                note.append('\n');
            }
        }
        return note.toString().getBytes(StandardCharsets.UTF_8);
    }

    // --- Shared pieces ---

    private void describe(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(plan.title());
        core.setCreator(plan.author());
        core.setCreated(Optional.of(Date.from(plan.created().toInstant(ZoneOffset.UTC))));
        core.setModified(Optional.of(Date.from(plan.created().toInstant(ZoneOffset.UTC))));
    }

    private static GregorianCalendar calendar(LocalDateTime time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(time.toInstant(ZoneOffset.UTC).toEpochMilli());
        return calendar;
    }

    /** Lines of at most that many characters, cut between words. */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A photograph of a concert as a JPEG of about 100 to 250 KB: stage lights over a dark room, with the grain of
     * a real picture (a flat drawing would compress to nothing).
     */
    static byte[] photograph(Random random) throws IOException {
        int width = 960 + 64 * random.nextInt(6);
        int height = width * 2 / 3;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(20 + random.nextInt(40), 10, 40 + random.nextInt(60)),
                0, height, new Color(5, 5, 10)));
        graphics.fillRect(0, 0, width, height);
        for (int light = 0; light < 6 + random.nextInt(6); light++) {
            graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int x = random.nextInt(width);
            graphics.fillOval(x - 60, random.nextInt(height / 2) - 60, 120 + random.nextInt(120),
                    120 + random.nextInt(200));
        }
        graphics.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int grain = random.nextInt(24) - 12;
            int rgb = pixels[i];
            pixels[i] = (clamp(((rgb >> 16) & 0xff) + grain) << 16) | (clamp(((rgb >> 8) & 0xff) + grain) << 8)
                    | clamp((rgb & 0xff) + grain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] font(String name) {
        try (InputStream in = CorpusWriter.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No font " + name + " on the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    @FunctionalInterface
    private interface PackageWriter {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * The package POI wrote, its entries re-written with a fixed date: POI dates them with the clock, and the same
     * seed must give the same bytes.
     */
    private static byte[] zipWithFixedDates(PackageWriter writer) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        writer.writeTo(written);
        ByteArrayOutputStream fixed = new ByteArrayOutputStream(written.size());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(fixed)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_ENTRY_DATE);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return fixed.toByteArray();
    }
}
