package fr.prma.interactifs.governance.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import fr.prma.interactifs.governance.entity.AttendanceAnswer;
import fr.prma.interactifs.platform.service.BusinessException;

class ProxyRuleTest {

    private static final long CAMILLE = 1;
    private static final long MARC = 2;
    private static final long NADIA = 3;
    private static final long INES = 4;
    private static final Map<Long, String> BODY = Map.of(CAMILLE, "Camille Durand", MARC, "Marc Lefebvre",
            NADIA, "Nadia Roux", INES, "Inès Garnier");

    private static ProxyRule noProxiesYet() {
        return new ProxyRule(BODY, Map.of(), 1);
    }

    @Test
    void aMemberWhoCannotComeGivesTheirProxyToAnotherMember() {
        assertDoesNotThrow(() -> noProxiesYet().check(CAMILLE, AttendanceAnswer.EXCUSED, MARC));
        assertDoesNotThrow(() -> noProxiesYet().check(CAMILLE, AttendanceAnswer.ABSENT, NADIA));
        assertDoesNotThrow(() -> noProxiesYet().check(CAMILLE, AttendanceAnswer.PRESENT, null));
    }

    @Test
    void aProxyToSomeoneOutsideTheBodyIsRefused() {
        assertEquals("attendance.error.proxyOutsideBody",
                refusal(noProxiesYet(), CAMILLE, AttendanceAnswer.EXCUSED, 42L).messageKey());
    }

    @Test
    void nobodyHoldsTheirOwnProxy() {
        assertEquals("attendance.error.proxySelf",
                refusal(noProxiesYet(), CAMILLE, AttendanceAnswer.EXCUSED, CAMILLE).messageKey());
    }

    @Test
    void someoneWhoComesGivesNoProxy() {
        assertEquals("attendance.error.proxyWhenPresent",
                refusal(noProxiesYet(), CAMILLE, AttendanceAnswer.PRESENT, MARC).messageKey());
    }

    @Test
    void aProxyBackToWhoeverGaveTheirsIsALoopAndIsRefusedNamingThem() {
        ProxyRule marcGaveHisToCamille = new ProxyRule(BODY, Map.of(MARC, CAMILLE), 2);

        assertRefused("attendance.error.proxyLoop", new Object[] {"Marc Lefebvre"},
                () -> marcGaveHisToCamille.check(CAMILLE, AttendanceAnswer.EXCUSED, MARC));
    }

    @Test
    void aProxyToSomeoneWhoGaveTheirsAwayIsAChainAndIsRefusedNamingBoth() {
        ProxyRule marcGaveHisToNadia = new ProxyRule(BODY, Map.of(MARC, NADIA), 2);

        assertRefused("attendance.error.proxyChain", new Object[] {"Marc Lefebvre", "Nadia Roux"},
                () -> marcGaveHisToNadia.check(CAMILLE, AttendanceAnswer.EXCUSED, MARC));
    }

    @Test
    void someoneWhoHoldsAProxyCannotGiveTheirOwnAway() {
        ProxyRule camilleGaveHersToMarc = new ProxyRule(BODY, Map.of(CAMILLE, MARC), 2);

        assertRefused("attendance.error.proxyHeld", new Object[] {"Camille Durand"},
                () -> camilleGaveHersToMarc.check(MARC, AttendanceAnswer.ABSENT, NADIA));
    }

    @Test
    void someoneWhoHoldsAProxyMayStillAnswerWithoutGivingTheirs() {
        ProxyRule camilleGaveHersToMarc = new ProxyRule(BODY, Map.of(CAMILLE, MARC), 1);

        assertDoesNotThrow(() -> camilleGaveHersToMarc.check(MARC, AttendanceAnswer.PRESENT, null));
        assertDoesNotThrow(() -> camilleGaveHersToMarc.check(MARC, AttendanceAnswer.EXCUSED, null));
    }

    @Test
    void aMemberWhoHoldsAsManyProxiesAsTheBodyAllowsIsRefusedAnotherNamingThemAndTheCap() {
        ProxyRule marcHoldsOne = new ProxyRule(BODY, Map.of(CAMILLE, MARC), 1);

        assertRefused("attendance.error.proxyCap", new Object[] {"Marc Lefebvre", 1},
                () -> marcHoldsOne.check(NADIA, AttendanceAnswer.EXCUSED, MARC));
    }

    @Test
    void theRefusalForTheCapAgreesWithTheNumberOfProxies() {
        ResourceBundle french = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", Locale.FRENCH);
        MessageFormat refusal = new MessageFormat(french.getString("attendance.error.proxyCap"), Locale.FRENCH);

        assertEquals("Marc Lefebvre porte déjà un pouvoir pour cette réunion, le maximum fixé pour l’instance."
                + " Confiez le vôtre à un autre membre.", refusal.format(new Object[] {"Marc Lefebvre", 1}));
        assertTrue(refusal.format(new Object[] {"Marc Lefebvre", 3})
                .startsWith("Marc Lefebvre porte déjà 3 pouvoirs pour cette réunion"));
    }

    @Test
    void aBodyThatAllowsTwoProxiesLetsAMemberHoldTwoButNotThree() {
        ProxyRule marcHoldsOne = new ProxyRule(BODY, Map.of(CAMILLE, MARC), 2);
        ProxyRule marcHoldsTwo = new ProxyRule(BODY, Map.of(CAMILLE, MARC, NADIA, MARC), 2);

        assertDoesNotThrow(() -> marcHoldsOne.check(NADIA, AttendanceAnswer.EXCUSED, MARC));
        assertEquals("attendance.error.proxyCap",
                refusal(marcHoldsTwo, INES, AttendanceAnswer.EXCUSED, MARC).messageKey());
    }

    @Test
    void changingOnesAnswerWhileKeepingTheSameHolderIsNotRefusedByTheCap() {
        ProxyRule camilleGaveHersToMarc = new ProxyRule(BODY, Map.of(CAMILLE, MARC), 1);
        ProxyRule lowerCapSinceTwoWereGiven = new ProxyRule(BODY, Map.of(CAMILLE, MARC, NADIA, MARC), 1);

        assertDoesNotThrow(() -> camilleGaveHersToMarc.check(CAMILLE, AttendanceAnswer.ABSENT, MARC));
        assertDoesNotThrow(() -> lowerCapSinceTwoWereGiven.check(CAMILLE, AttendanceAnswer.ABSENT, MARC));
    }

    @Test
    void aMemberMayMoveTheirProxyToAnotherHolderOrTakeItBack() {
        ProxyRule camilleGaveHersToMarc = new ProxyRule(BODY, Map.of(CAMILLE, MARC), 1);

        assertDoesNotThrow(() -> camilleGaveHersToMarc.check(CAMILLE, AttendanceAnswer.EXCUSED, NADIA));
        assertDoesNotThrow(() -> camilleGaveHersToMarc.check(CAMILLE, AttendanceAnswer.EXCUSED, null));
    }

    @Test
    void aProxyGivenBySomeoneWhoHasLeftTheBodyNoLongerCounts() {
        ProxyRule aFormerMemberGaveTheirsToMarc = new ProxyRule(BODY, Map.of(42L, MARC, 43L, CAMILLE), 1);

        assertDoesNotThrow(() -> aFormerMemberGaveTheirsToMarc.check(NADIA, AttendanceAnswer.EXCUSED, MARC));
        assertDoesNotThrow(() -> aFormerMemberGaveTheirsToMarc.check(CAMILLE, AttendanceAnswer.EXCUSED, NADIA));
    }

    @Test
    void aBodyAllowsAtLeastOneProxy() {
        assertThrows(IllegalArgumentException.class, () -> new ProxyRule(BODY, Map.of(), 0));
    }

    private static void assertRefused(String messageKey, Object[] parameters, Executable check) {
        BusinessException refusal = assertThrows(BusinessException.class, check);
        assertEquals(messageKey, refusal.messageKey());
        assertArrayEquals(parameters, refusal.parameters());
    }

    private static BusinessException refusal(ProxyRule rule, long person, AttendanceAnswer answer, Long proxy) {
        return assertThrows(BusinessException.class, () -> rule.check(person, answer, proxy));
    }
}
