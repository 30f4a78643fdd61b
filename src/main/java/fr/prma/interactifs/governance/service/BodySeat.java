package fr.prma.interactifs.governance.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;

/** A body a person sits in, with their roles there. */
public record BodySeat(BodyCode code, String bodyName, Set<BodyRole> roles) implements HoldsBodyRoles {

    public BodySeat {
        roles = Set.copyOf(roles);
    }
}
