package fr.prma.interactifs.governance.service;

import fr.prma.interactifs.platform.service.BusinessException;

/**
 * A calendar address whose token is malformed, unknown or revoked. All three answer the same, so that the
 * answer tells nothing about which tokens exist or existed.
 */
public class InvalidCalendarTokenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidCalendarTokenException() {
        super("calendar.feed.invalid");
    }
}
