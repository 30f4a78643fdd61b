package fr.prma.interactifs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {

    @TempDir
    Path folder;

    private void write(String path) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
    }

    @Test
    void theFilesOfAFolderTreeComeInTheSameOrderEveryTimeWithoutSystemLitter() throws Exception {
        for (String path : List.of("Études/étude.pdf", "Comptes rendus/2019/cr.docx", "note.txt", ".DS_Store",
                "Comptes rendus/Thumbs.db", "__MACOSX/Comptes rendus/._cr.docx", ".git/config", "~$note.docx",
                "Comptes rendus/desktop.ini")) {
            write(path);
        }
        List<LocalFiles.LocalFile> files = LocalFiles.under(folder);
        assertEquals(List.of("Comptes rendus/2019/cr.docx", "note.txt", "Études/étude.pdf"),
                files.stream().map(file -> file.shown().text()).toList());
        assertEquals(List.of("Comptes rendus", "2019"), files.get(0).shown().folders());
        assertEquals("Comptes rendus/2019/cr.docx".getBytes(StandardCharsets.UTF_8).length, files.get(0).size());
    }

    @Test
    void aFileNameGoesInThePartHeaderInAsciiTheRealOneApart() {
        assertEquals("R_union d_partementale _2019_.docx", LibraryClient.asciiName("Réunion départementale \"2019\".docx"));
    }
}
