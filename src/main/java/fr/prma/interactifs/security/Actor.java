package fr.prma.interactifs.security;

/**
 * Who does something, as the services need to know it to decide whether they may: the person's id in the
 * directory and whether they are an administrator. The web layer builds it from the signed-in session
 * ({@link CurrentUser#actor()}); the services take it as their first argument, as commands carry their
 * request in IQSS/Dataverse, so that each permission decision is explicit and testable. {@code importer} is the
 * realm role of the service account that scripts use to bring archives in through the REST API (an archive
 * imported from the intranet deposits its files as its administrator, importing).
 */
public record Actor(long personId, boolean administrator, boolean importer) {

    /** A person of the intranet, who is not the import service account. */
    public Actor(long personId, boolean administrator) {
        this(personId, administrator, false);
    }
}
