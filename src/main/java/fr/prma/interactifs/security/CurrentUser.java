package fr.prma.interactifs.security;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The person signed in on this session: their id in the directory and their name for the header, set once
 * per session when the sign-in is recorded. Everything else about them is read from the services; their
 * roles are the container's ({@code isCallerInRole}, {@code @RolesAllowed}).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private String displayName;

    /** Called when the sign-in has been recorded. */
    public void signedIn(long personId, String displayName) {
        this.personId = personId;
        this.displayName = displayName;
    }

    public boolean isKnown() {
        return personId != null;
    }

    /** @throws IllegalStateException when nobody's sign-in was recorded on this session */
    public long getPersonId() {
        if (personId == null) {
            throw new IllegalStateException("No signed-in person on this session");
        }
        return personId;
    }

    /** "Prénom Nom" as the directory had it at sign-in, for the header. */
    public String getDisplayName() {
        return displayName;
    }
}
