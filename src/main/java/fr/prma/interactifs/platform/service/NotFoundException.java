package fr.prma.interactifs.platform.service;

import jakarta.ejb.ApplicationException;

/**
 * The object asked for does not exist, or exists but the person may not know it: both answer the same, so
 * that a guessed id discloses nothing. Pages turn it into a 404.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
