package fr.prma.interactifs.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of Keycloak that mean something to the application. */
public enum AppRole {

    MEMBER("member"),
    PARTNER("partner"),
    ADMIN("admin"),
    /** The service account of the import scripts (client interactifs-import). */
    IMPORTER("importer");

    private final String realmRole;

    AppRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in Keycloak and in {@code isCallerInRole}. */
    public String realmRole() {
        return realmRole;
    }

    public static Optional<AppRole> fromRealmRole(String name) {
        return Arrays.stream(values()).filter(role -> role.realmRole.equals(name)).findFirst();
    }
}
