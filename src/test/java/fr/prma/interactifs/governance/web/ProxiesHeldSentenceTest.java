package fr.prma.interactifs.governance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class ProxiesHeldSentenceTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.ENGLISH);

    @Test
    void oneProxyIsNamedInTheSingular() {
        assertEquals("Vous portez le pouvoir de Camille Durand.",
                ProxiesHeldSentence.of(FRENCH, List.of("Camille Durand")));
        assertEquals("You hold the proxy of Camille Durand.",
                ProxiesHeldSentence.of(ENGLISH, List.of("Camille Durand")));
    }

    @Test
    void twoProxiesAreJoinedWithEt() {
        assertEquals("Vous portez les pouvoirs de Camille Durand et de Marc Lefebvre.",
                ProxiesHeldSentence.of(FRENCH, List.of("Camille Durand", "Marc Lefebvre")));
        assertEquals("You hold the proxies of Camille Durand and Marc Lefebvre.",
                ProxiesHeldSentence.of(ENGLISH, List.of("Camille Durand", "Marc Lefebvre")));
    }

    @Test
    void threeProxiesAreListedWithCommasThenEt() {
        assertEquals("Vous portez les pouvoirs de Camille Durand, de Marc Lefebvre et de Nadia Roux.",
                ProxiesHeldSentence.of(FRENCH, List.of("Camille Durand", "Marc Lefebvre", "Nadia Roux")));
        assertEquals("You hold the proxies of Camille Durand, Marc Lefebvre and Nadia Roux.",
                ProxiesHeldSentence.of(ENGLISH, List.of("Camille Durand", "Marc Lefebvre", "Nadia Roux")));
    }

    @Test
    void deIsElidedBeforeAVowelInFrenchOnly() {
        assertEquals("Vous portez le pouvoir d’Inès Garnier.", ProxiesHeldSentence.of(FRENCH, List.of("Inès Garnier")));
        assertEquals("Vous portez les pouvoirs de Marc Lefebvre et d’Élodie Martin.",
                ProxiesHeldSentence.of(FRENCH, List.of("Marc Lefebvre", "Élodie Martin")));
        assertEquals("You hold the proxy of Inès Garnier.", ProxiesHeldSentence.of(ENGLISH, List.of("Inès Garnier")));
    }

    @Test
    void aNameElidesWhenItBeginsWithAVowelOrAnH() {
        assertTrue(ProxiesHeldSentence.elides("Inès"));
        assertTrue(ProxiesHeldSentence.elides("Élodie"));
        assertTrue(ProxiesHeldSentence.elides("Hélène"));
        assertTrue(ProxiesHeldSentence.elides("yves"));
        assertFalse(ProxiesHeldSentence.elides("Camille"));
        assertFalse(ProxiesHeldSentence.elides(""));
    }
}
