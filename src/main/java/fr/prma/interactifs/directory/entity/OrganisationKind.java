package fr.prma.interactifs.directory.entity;

/**
 * What an organisation is to Les Interactifs. Each kind has its own Keycloak parent group
 * ({@link #keycloakParentGroup()}), so the organisation of a person can be read from the token's groups.
 */
public enum OrganisationKind {

    /** One of the seven member structures of the PRMA in the Deux-Sèvres. */
    MEMBER_STRUCTURE("structures"),

    /** Local authority, State service, Caisse des Dépôts, university, chambers. */
    PARTNER("partenaires"),

    /** The PRMA itself, which runs the cluster. */
    COORDINATION("coordination");

    private final String keycloakParentGroup;

    OrganisationKind(String keycloakParentGroup) {
        this.keycloakParentGroup = keycloakParentGroup;
    }

    /** Name of the top-level Keycloak group whose children are the organisations of this kind. */
    public String keycloakParentGroup() {
        return keycloakParentGroup;
    }
}
