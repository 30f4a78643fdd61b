package fr.prma.interactifs.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.prma.interactifs.platform.service.BusinessException;

class DocumentTypesTest {

    private final DocumentTypes types = new DocumentTypes(DocumentTypes.DEFAULT_ALLOWED);

    @TempDir
    Path directory;

    @Test
    void aPdfIsKnownByItsBytes() throws IOException {
        Path pdf = write("x", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");

        assertEquals("application/pdf", types.accept(pdf, "compte-rendu.pdf"));
        assertEquals("application/pdf", types.accept(pdf, "sans-extension"));
    }

    @Test
    void aPdfNameOnTextIsRefusedAndSaysWhatTheContentIs() throws IOException {
        Path text = write("x", "Ceci n'est pas un PDF, seulement du texte.\n");

        BusinessException refused = assertThrows(BusinessException.class, () -> types.accept(text, "faux.pdf"));

        assertEquals("document.error.typeMismatch", refused.messageKey());
        assertEquals(new fr.prma.interactifs.platform.service.Label("document.type.text"), refused.parameters()[2]);
    }

    @Test
    void textUnderATextNameIsAccepted() throws IOException {
        Path csv = write("x", "structure;adhérents\nLe Camji;120\n");

        assertEquals("text/csv", types.accept(csv, "adherents.csv"));
        assertEquals("text/plain", types.accept(csv, "notes.txt"));
    }

    @Test
    void anOfficeContainerTakesItsPreciseTypeFromTheName() throws IOException {
        Path docx = directory.resolve("docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                types.accept(docx, "etude.docx"));
    }

    @Test
    void executablesScriptsAndArchivesAreRefused() throws IOException {
        Path elf = directory.resolve("elf");
        try (OutputStream out = Files.newOutputStream(elf)) {
            out.write(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            out.write(new byte[512]);
        }
        Path zip = directory.resolve("zip");
        try (ZipOutputStream archive = new ZipOutputStream(Files.newOutputStream(zip))) {
            archive.putNextEntry(new ZipEntry("a.txt"));
            archive.write('a');
            archive.closeEntry();
        }
        Path script = write("sh", "#!/bin/sh\nrm -rf /\n");

        assertEquals("document.error.typeRefused",
                assertThrows(BusinessException.class, () -> types.accept(elf, "programme")).messageKey());
        assertEquals("document.error.typeRefused",
                assertThrows(BusinessException.class, () -> types.accept(zip, "archive.zip")).messageKey());
        assertThrows(BusinessException.class, () -> types.accept(script, "notes.txt"));
    }

    @Test
    void theAllowListIsConfigurable() throws IOException {
        Path pdf = write("x", "%PDF-1.7\n");

        DocumentTypes textOnly = new DocumentTypes(java.util.List.of("text/plain"));

        assertThrows(BusinessException.class, () -> textOnly.accept(pdf, "a.pdf"));
    }

    @Test
    void typesFallInFamilies() {
        assertEquals("pdf", fr.prma.interactifs.documents.entity.DepositedFile.familyOf("application/pdf"));
        assertEquals("word", fr.prma.interactifs.documents.entity.DepositedFile.familyOf("application/vnd.oasis.opendocument.text"));
        assertEquals("spreadsheet",
                fr.prma.interactifs.documents.entity.DepositedFile.familyOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals("presentation", fr.prma.interactifs.documents.entity.DepositedFile.familyOf("application/vnd.ms-powerpoint"));
        assertEquals("image", fr.prma.interactifs.documents.entity.DepositedFile.familyOf("image/png"));
        assertEquals("other", fr.prma.interactifs.documents.entity.DepositedFile.familyOf("application/x-tika-msoffice"));
        for (String type : java.util.List.of("application/pdf", "text/csv", "text/html", "image/png", "application/rtf",
                "application/vnd.oasis.opendocument.presentation", "application/msword", "application/zip")) {
            String family = fr.prma.interactifs.documents.entity.DepositedFile.familyOf(type);
            assertTrue(fr.prma.interactifs.documents.entity.DepositedFile.FAMILIES.contains(family),
                    "the library's type filter offers " + family);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
