package fr.prma.interactifs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;

/** How the claims of a Keycloak token become roles, an organisation and seats in the bodies. */
class IdentityMappingTest {

    private static TokenClaims claims(List<String> roles, List<String> groups) {
        return new TokenClaims("5d1c2d4e-sub", "marc.lefebvre", "Marc", "Lefebvre",
                "marc.lefebvre@demo.les-interactifs.example", roles, groups);
    }

    @Test
    void chairOfTheSteeringCommitteeSitsThereAsMemberAndChair() {
        SignedInIdentity identity = IdentityMapping.map(claims(
                List.of("offline_access", "member", "default-roles-interactifs"),
                List.of("/instances/groupe-de-travail-resserre", "/instances/comite-de-pilotage/presidence",
                        "/instances/reunion-departementale", "/structures/upcp-metive")));

        assertEquals(Map.of(
                BodyCode.WORKING_GROUP, Set.of(BodyRole.MEMBER),
                BodyCode.DEPARTMENTAL_MEETING, Set.of(BodyRole.MEMBER),
                BodyCode.STEERING_COMMITTEE, Set.of(BodyRole.MEMBER, BodyRole.CHAIR)), identity.seats());
        assertEquals(Optional.of("/structures/upcp-metive"), identity.organisationGroup());
        assertEquals(Set.of(AppRole.MEMBER), identity.roles());
        assertEquals("Marc", identity.firstName());
        assertEquals("marc.lefebvre", identity.username());
    }

    @Test
    void secretarySubGroupAndBodyGroupTogetherGiveOneSeatWithBothRoles() {
        SignedInIdentity identity = IdentityMapping.map(claims(List.of("member"),
                List.of("/instances/reunion-departementale", "/instances/reunion-departementale/secretaires")));

        assertEquals(Map.of(BodyCode.DEPARTMENTAL_MEETING, Set.of(BodyRole.MEMBER, BodyRole.SECRETARY)),
                identity.seats());
    }

    @Test
    void partnerSitsOnlyInTheSteeringCommittee() {
        SignedInIdentity identity = IdentityMapping.map(claims(List.of("partner"),
                List.of("/partenaires/conseil-departemental-79", "/instances/comite-de-pilotage")));

        assertEquals(Set.of(AppRole.PARTNER), identity.roles());
        assertEquals(Map.of(BodyCode.STEERING_COMMITTEE, Set.of(BodyRole.MEMBER)), identity.seats());
        assertEquals(Optional.of("/partenaires/conseil-departemental-79"), identity.organisationGroup());
    }

    @Test
    void administratorRoleIsRead() {
        SignedInIdentity identity = IdentityMapping.map(claims(List.of("member", "admin"), List.of("/coordination/prma")));

        assertTrue(identity.hasRole(AppRole.ADMIN));
        assertTrue(identity.hasRole(AppRole.MEMBER));
        assertEquals(Optional.of("/coordination/prma"), identity.organisationGroup());
    }

    @Test
    void groupsAndRolesThatMeanNothingHereAreIgnored() {
        SignedInIdentity identity = IdentityMapping.map(claims(List.of("uma_authorization", "offline_access"),
                List.of("/instances/conseil-des-sages", "/instances/comite-de-pilotage/tresorerie",
                        "/instances/comite-de-pilotage/presidence/adjoints", "/structures", "/autre/groupe",
                        "/structures/le-camji/technique")));

        assertTrue(identity.roles().isEmpty());
        assertTrue(identity.seats().isEmpty());
        assertEquals(Optional.empty(), identity.organisationGroup());
    }

    @Test
    void groupsWithoutLeadingSlashAreUnderstoodToo() {
        SignedInIdentity identity = IdentityMapping.map(claims(List.of("member"),
                List.of("instances/comite-de-pilotage", "structures/boc-hall")));

        assertEquals(Map.of(BodyCode.STEERING_COMMITTEE, Set.of(BodyRole.MEMBER)), identity.seats());
        assertEquals(Optional.of("/structures/boc-hall"), identity.organisationGroup());
    }

    @Test
    void personInNoBodyAndNoOrganisationIsStillSignedIn() {
        SignedInIdentity identity = IdentityMapping.map(claims(List.of("member"), null));

        assertTrue(identity.seats().isEmpty());
        assertEquals(Optional.empty(), identity.organisationGroup());
    }

    @Test
    void severalOrganisationGroupsResolveToTheSameOneEveryTime() {
        List<String> groups = List.of("/structures/trastaroots", "/structures/le-camji");

        assertEquals(Optional.of("/structures/le-camji"), IdentityMapping.map(claims(List.of(), groups)).organisationGroup());
        assertEquals(Optional.of("/structures/le-camji"),
                IdentityMapping.map(claims(List.of(), List.of(groups.get(1), groups.get(0)))).organisationGroup());
    }

    @Test
    void missingNamesFallBackSoThePersonCanStillBeNamed() {
        SignedInIdentity identity = IdentityMapping.map(
                new TokenClaims("sub-1", null, " ", null, "someone@example.org", null, null));

        assertEquals("someone@example.org", identity.username());
        assertNull(identity.firstName());
        assertNull(identity.lastName());
    }

    @Test
    void tokenWithoutSubjectIsRefused() {
        assertThrows(IncompleteIdentityException.class,
                () -> IdentityMapping.map(new TokenClaims(null, "x", null, null, null, List.of("member"), List.of())));
        assertThrows(IncompleteIdentityException.class,
                () -> IdentityMapping.map(new TokenClaims("  ", "x", null, null, null, List.of(), List.of())));
    }
}
