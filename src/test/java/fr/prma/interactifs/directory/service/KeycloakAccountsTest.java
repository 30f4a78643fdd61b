package fr.prma.interactifs.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.directory.service.KeycloakAccounts.Account;
import fr.prma.interactifs.security.TokenClaims;

/** How Keycloak's group listings and role mappings become the claims of each account. */
class KeycloakAccountsTest {

    private static final Account THOMAS = new Account("id-thomas", "thomas.bernard", "Thomas", "Bernard",
            "thomas@demo.les-interactifs.example", true);
    private static final Account PAUL = new Account("id-paul", "paul.girard", "Paul", "Girard", null, true);
    private static final Account GONE = new Account("id-gone", "ancien.membre", "Ancien", "Membre", null, false);

    @Test
    void eachEnabledAccountGetsAllItsGroupsAndItsRoles() {
        Map<String, List<Account>> groups = new LinkedHashMap<>();
        groups.put("/instances", List.of());
        groups.put("/instances/reunion-departementale", List.of(THOMAS, GONE));
        groups.put("/instances/comite-de-pilotage", List.of(THOMAS, PAUL));
        groups.put("/structures/conservatoire-du-thouarsais", List.of(THOMAS));
        groups.put("/partenaires/conseil-departemental-79", List.of(PAUL, GONE));

        List<TokenClaims> claims = KeycloakAccounts.assemble(groups, Map.of(
                "id-thomas", List.of("member", "offline_access"),
                "id-paul", List.of("partner"),
                "id-gone", List.of("member")));

        assertEquals(List.of(
                new TokenClaims("id-thomas", "thomas.bernard", "Thomas", "Bernard", "thomas@demo.les-interactifs.example",
                        List.of("member", "offline_access"), List.of("/instances/reunion-departementale",
                        "/instances/comite-de-pilotage", "/structures/conservatoire-du-thouarsais")),
                new TokenClaims("id-paul", "paul.girard", "Paul", "Girard", null, List.of("partner"),
                        List.of("/instances/comite-de-pilotage", "/partenaires/conseil-departemental-79"))),
                claims, "a disabled account is left out, as if it were gone");
    }

    @Test
    void accountWhoseRolesCouldNotBeReadHasNone() {
        List<TokenClaims> claims = KeycloakAccounts.assemble(Map.of("/structures/boc-hall", List.of(THOMAS)), Map.of());

        assertEquals(List.of(), claims.get(0).roles());
    }
}
