package fr.prma.interactifs.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;

/**
 * Reads the claims of a Keycloak token into a {@link SignedInIdentity}.
 * <p>
 * Keycloak is where administrators manage people: realm roles ({@code member}, {@code partner},
 * {@code admin}) and groups. Body seats come from {@code /instances/<body>} (member) and its sub-groups
 * {@code /instances/<body>/secretaires} and {@code /instances/<body>/presidence}; the organisation from
 * the one group under {@code /structures}, {@code /partenaires} or {@code /coordination}. Unknown
 * roles and groups are ignored: Keycloak has groups of its own that mean nothing here.
 */
public final class IdentityMapping {

    private static final Logger LOG = Logger.getLogger(IdentityMapping.class.getName());
    private static final String BODIES_PARENT = "instances";

    private IdentityMapping() {
    }

    /**
     * @throws IncompleteIdentityException when the token does not say who the person is (no subject)
     */
    public static SignedInIdentity map(TokenClaims claims) {
        if (isBlank(claims.subject())) {
            throw new IncompleteIdentityException("The token has no subject (sub) claim");
        }
        String username = firstNonBlank(claims.username(), claims.email(), claims.subject());

        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        claims.roles().forEach(name -> AppRole.fromRealmRole(name).ifPresent(roles::add));

        Map<BodyCode, Set<BodyRole>> seats = new EnumMap<>(BodyCode.class);
        Set<String> organisationGroups = new TreeSet<>();
        for (String group : claims.groups()) {
            String[] path = group.startsWith("/") ? group.substring(1).split("/") : group.split("/");
            if (path.length >= 2 && BODIES_PARENT.equals(path[0])) {
                readSeat(path).ifPresent(seat -> seats.computeIfAbsent(seat.code(), c -> EnumSet.of(BodyRole.MEMBER))
                        .add(seat.role()));
            } else if (path.length == 2 && isOrganisationParent(path[0])) {
                organisationGroups.add("/" + path[0] + "/" + path[1]);
            }
        }
        if (organisationGroups.size() > 1) {
            LOG.warning(() -> "User " + username + " is in several organisation groups " + organisationGroups
                    + "; the first one is used");
        }
        Optional<String> organisation = organisationGroups.stream().findFirst();

        return new SignedInIdentity(claims.subject(), username, blankToNull(claims.givenName()),
                blankToNull(claims.familyName()), blankToNull(claims.email()), roles, organisation, seats);
    }

    private record Seat(BodyCode code, BodyRole role) {
    }

    private static Optional<Seat> readSeat(String[] path) {
        Optional<BodyCode> code = BodyCode.fromSlug(path[1]);
        if (code.isEmpty() || path.length > 3) {
            return Optional.empty();
        }
        if (path.length == 2) {
            return Optional.of(new Seat(code.get(), BodyRole.MEMBER));
        }
        return BodyRole.fromSubGroup(path[2]).map(role -> new Seat(code.get(), role));
    }

    private static boolean isOrganisationParent(String name) {
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (kind.keycloakParentGroup().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!isBlank(value)) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no value");
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
