package fr.prma.interactifs.governance.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyRole;

/** A person who sits in a body, as its page lists them. */
public record BodyMember(long personId, String displayName, String organisationName, Set<BodyRole> roles) implements HoldsBodyRoles {

    public BodyMember {
        roles = Set.copyOf(roles);
    }

    /** Chair first, then secretaries, then members. */
    int rank() {
        return isChair() ? 0 : isSecretary() ? 1 : 2;
    }
}
