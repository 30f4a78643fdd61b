package fr.prma.interactifs.documents.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepositTagsTest {

    @Test
    void tagsAreSeparatedByCommasUnlessTheValueHoldsALineBreak() {
        assertEquals(List.of("budget", "AG 2020"), DocumentsResource.tags(" budget, AG 2020 ,"));
        assertEquals(List.of("Études, diagnostics"), DocumentsResource.tags("Études, diagnostics\n"),
                "a single folder name with a comma stays whole");
        assertEquals(List.of("Comptes rendus", "2019"), DocumentsResource.tags("Comptes rendus\r\n\r\n 2019 \n"));
        assertEquals(List.of(), DocumentsResource.tags(null));
    }
}
