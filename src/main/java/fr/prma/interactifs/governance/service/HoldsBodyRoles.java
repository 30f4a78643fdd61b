package fr.prma.interactifs.governance.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyRole;

/**
 * Something that says which roles a person holds in a body; pages ask it about the notable ones. Pages call
 * the methods ({@code #{seat.isChair()}}): on Java 17, EL does not see default methods as properties.
 */
public interface HoldsBodyRoles {

    Set<BodyRole> roles();

    default boolean isChair() {
        return roles().contains(BodyRole.CHAIR);
    }

    default boolean isSecretary() {
        return roles().contains(BodyRole.SECRETARY);
    }
}
