package fr.prma.interactifs.governance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.platform.service.BusinessException;

class BodyTest {

    @Test
    void administratorsLetAMemberHoldFromOneToTenProxies() {
        Body body = new Body();

        body.changeMaxProxies(1);
        assertEquals(1, body.getMaxProxies());
        body.changeMaxProxies(Body.MOST_PROXIES);
        assertEquals(10, body.getMaxProxies());
    }

    @Test
    void noProxyAtAllMoreThanTenOrNothingIsRefusedAndTheCapIsKept() {
        Body body = new Body();
        body.changeMaxProxies(2);

        for (Integer cap : new Integer[] {0, -1, 11, null}) {
            assertEquals("body.maxProxies.invalid",
                    assertThrows(BusinessException.class, () -> body.changeMaxProxies(cap)).messageKey());
        }
        assertEquals(2, body.getMaxProxies());
    }
}
