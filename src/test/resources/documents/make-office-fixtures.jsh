// Writes the Office fixtures of ForkedTikaExtractorTest with Apache POI, the one on the worker's class path.
// Run from the project's directory, after a build has filled target/runtime/tika:
//   jshell --class-path 'target/runtime/tika/*' src/test/resources/documents/make-office-fixtures.jsh
// The files are committed, so that the tests need no POI of their own.

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.poi.poifs.crypt.*;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.*;
import org.apache.poi.xssf.usermodel.*;
import org.apache.poi.xwpf.usermodel.*;

Path dir = Path.of("src/test/resources/documents");

byte[] docx() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        doc.getProperties().getCoreProperties().setCreator("Jeanne Martin");
        doc.getProperties().getCoreProperties().setTitle("Compte rendu du conseil d’administration");
        doc.getProperties().getCoreProperties().setCreated("2024-03-12T09:30:00Z");
        for (String text : List.of("Compte rendu du conseil d’administration",
                "Le conseil s’est réuni le 12 mars sous la présidence de Mme Dupont.",
                "Après avoir constaté que le quorum était atteint, il a approuvé le budget prévisionnel de l’année.")) {
            doc.createParagraph().createRun().setText(text);
        }
        doc.write(out);
        return out.toByteArray();
    }
}

void spreadsheet() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("budget.xlsx"))) {
        book.getProperties().getCoreProperties().setCreator("Jeanne Martin");
        book.getProperties().getCoreProperties().setTitle("Budget prévisionnel");
        book.getProperties().getCoreProperties().setCreated("2024-01-15T14:00:00Z");
        XSSFSheet sheet = book.createSheet("Dépenses");
        String[][] rows = {{"Poste", "Montant"}, {"Matériel informatique", "12500"}, {"Rénovation des locaux", "48000"}};
        for (int r = 0; r < rows.length; r++) {
            XSSFRow row = sheet.createRow(r);
            row.createCell(0).setCellValue(rows[r][0]);
            row.createCell(1).setCellValue(rows[r][1]);
        }
        book.write(out);
    }
}

void slides() throws Exception {
    try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(dir.resolve("presentation.pptx"))) {
        show.getProperties().getCoreProperties().setTitle("Projet d’établissement");
        show.getProperties().getCoreProperties().setCreated("2024-06-03T10:00:00Z");
        XSLFSlideLayout layout = show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
        for (String[] content : new String[][] {{"Projet d’établissement", "Priorités pour la rentrée"},
                {"Calendrier", "Réunions des délégués en octobre et en février"}}) {
            XSLFSlide slide = show.createSlide(layout);
            slide.getPlaceholder(0).setText(content[0]);
            slide.getPlaceholder(1).setText(content[1]);
        }
        show.write(out);
    }
}

// compte-rendu.docx, and the same document encrypted as Word does (agile encryption), password "secret"
void encryptedDocx(byte[] docx) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(docx);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("protege.docx"))) {
            fs.writeFilesystem(out);
        }
    }
}

byte[] docxBytes = docx();
Files.write(dir.resolve("compte-rendu.docx"), docxBytes);
encryptedDocx(docxBytes);
spreadsheet();
slides();

/exit
