package fr.prma.interactifs.directory.service;

import java.util.List;

import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.governance.service.BodySeat;

/** An organisation as the directory shows it, with its people. */
public record DirectoryEntry(String slug, String name, OrganisationKind kind, String legalForm, String activities,
                             List<Member> people) {

    public DirectoryEntry {
        people = List.copyOf(people);
    }

    /** A person of the organisation, with the bodies they sit in. */
    public record Member(String displayName, String email, List<BodySeat> seats) {

        public Member {
            seats = List.copyOf(seats);
        }
    }
}
