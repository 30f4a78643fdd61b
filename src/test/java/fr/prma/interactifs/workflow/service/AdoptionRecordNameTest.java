package fr.prma.interactifs.workflow.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The adoption record's PDF is saved under a name made from the paper's title. */
class AdoptionRecordNameTest {

    private static AdoptionRecord titled(String title) {
        return new AdoptionRecord(1234, title, null, null, null, null, 1, null, null, null, null, null, null, null);
    }

    @Test
    void theRecordIsNamedForThePapersTitleInReadableAscii() {
        assertEquals("releve-adoption-pour-une-aide-regionale-a-la-diffusion-des-concerts.pdf",
                AdoptionPdf.fileName(titled("Pour une aide régionale à la diffusion des concerts")));
        assertEquals("releve-adoption-l-oeuvre-commune-des-structures.pdf",
                AdoptionPdf.fileName(titled("L’œuvre commune des structures 🎸")));
    }

    @Test
    void aLongTitleIsCutAtTheEndOfAWord() {
        String name = AdoptionPdf.fileName(titled("Pour une mutualisation des emplois techniques entre les salles de "
                + "musiques actuelles, le conservatoire et les centres de musiques traditionnelles des Deux-Sèvres"));

        assertEquals("releve-adoption-pour-une-mutualisation-des-emplois-techniques-entre-les.pdf", name);
        assertTrue(name.length() <= "releve-adoption-".length() + 60 + ".pdf".length(), name);
    }

    @Test
    void aTitleWithNothingToKeepGivesAWord() {
        assertEquals("releve-adoption-note-de-position.pdf", AdoptionPdf.fileName(titled(null)));
        assertEquals("releve-adoption-note-de-position.pdf", AdoptionPdf.fileName(titled(" « » !")));
    }
}
