package fr.prma.interactifs.security;

/**
 * The identity provider signed someone in, but its token lacks what the application needs to know who
 * they are. Shown to the person as a page that explains it (never as a server error).
 */
public class IncompleteIdentityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncompleteIdentityException(String message) {
        super(message);
    }
}
