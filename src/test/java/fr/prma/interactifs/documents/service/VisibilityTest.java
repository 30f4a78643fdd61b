package fr.prma.interactifs.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.service.BusinessException;

class VisibilityTest {

    @Test
    void theWholeClusterKeepsTheDocumentToNoBody() {
        assertEquals(Set.of(), Visibility.WHOLE_CLUSTER.restrictedTo());
        assertEquals(Visibility.WHOLE_CLUSTER, Visibility.of(Set.of()));
        assertEquals(Visibility.WHOLE_CLUSTER, Visibility.of(null));
    }

    @Test
    void someBodiesKeepItToThem() {
        assertEquals(Set.of(BodyCode.WORKING_GROUP),
                new Visibility(false, Set.of(BodyCode.WORKING_GROUP)).restrictedTo());
        assertEquals(new Visibility(false, Set.of(BodyCode.WORKING_GROUP)), Visibility.of(Set.of(BodyCode.WORKING_GROUP)));
    }

    @Test
    void theWholeClusterAndSomeBodiesAtOnceIsRefusedNotGuessed() {
        assertEquals("document.error.visibilityAmbiguous", assertThrows(BusinessException.class,
                () -> new Visibility(true, Set.of(BodyCode.WORKING_GROUP)).restrictedTo()).messageKey());
    }

    @Test
    void someBodiesWithoutAnyIsRefused() {
        assertEquals("document.error.visibilityNoBody", assertThrows(BusinessException.class,
                () -> new Visibility(false, Set.of()).restrictedTo()).messageKey());
    }
}
