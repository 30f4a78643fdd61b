package fr.prma.interactifs.security;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The person signed in on this session: their id in the directory and their name for the header, set once
 * per session when the sign-in is recorded, with whether they are an administrator (from the same token as
 * the container's roles). Everything else about them is read from the services.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private String displayName;
    private boolean administrator;

    /** Called when the sign-in has been recorded. */
    public void signedIn(long personId, String displayName, boolean administrator) {
        this.personId = personId;
        this.displayName = displayName;
        this.administrator = administrator;
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

    /**
     * The signed-in person as the services know an actor.
     *
     * @throws IllegalStateException when nobody's sign-in was recorded on this session
     */
    public Actor actor() {
        return new Actor(getPersonId(), administrator);
    }

    /** "Prénom Nom" as the directory had it at sign-in, for the header. */
    public String getDisplayName() {
        return displayName;
    }
}
