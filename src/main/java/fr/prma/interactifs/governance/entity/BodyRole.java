package fr.prma.interactifs.governance.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person does in a body. Secretaries and the chair are Keycloak sub-groups of the body's group;
 * sitting in one of them implies sitting in the body.
 */
public enum BodyRole {

    MEMBER(null),
    SECRETARY("secretaires"),
    CHAIR("presidence");

    private final String subGroup;

    BodyRole(String subGroup) {
        this.subGroup = subGroup;
    }

    /** Name of the Keycloak sub-group of the body for this role; none for plain members. */
    public Optional<String> subGroup() {
        return Optional.ofNullable(subGroup);
    }

    public static Optional<BodyRole> fromSubGroup(String name) {
        return Arrays.stream(values()).filter(role -> name.equals(role.subGroup)).findFirst();
    }
}
