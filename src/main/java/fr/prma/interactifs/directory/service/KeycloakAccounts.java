package fr.prma.interactifs.directory.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.prma.interactifs.security.OpenIdSettings;
import fr.prma.interactifs.security.TokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;

/**
 * Reads the accounts of the realm from Keycloak's admin REST API, with the service account of the client
 * {@code interactifs-directory} (realm role {@code view-users} only: it can read, never change).
 * <p>
 * It walks the group tree and lists each group's members, then reads each member's realm roles (listing a
 * role's holders would need the wider {@code view-realm}), and gives every enabled account the claims a
 * sign-in token would carry ({@code groups} as full paths, {@code roles}), so that
 * {@link fr.prma.interactifs.security.IdentityMapping} reads both the same way. Everyone of Les Interactifs
 * is in at least one group: their organisation's.
 * The platform's Jakarta REST client is used rather than Keycloak's admin client library, which would
 * bring a second REST implementation (RESTEasy) and its own copies of the Jakarta APIs into a Payara WAR.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final int PAGE = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    private OpenIdSettings openId;

    @Inject
    @ConfigProperty(name = "interactifs.directory.client-id", defaultValue = "interactifs-directory")
    String clientId;

    /** Demo secret of the demo realm; set the real one through the environment in production. */
    @Inject
    @ConfigProperty(name = "interactifs.directory.client-secret", defaultValue = "interactifs-directory-demo-secret")
    String clientSecret;

    /** One account as Keycloak lists it. */
    public record Account(String id, String username, String firstName, String lastName, String email,
                          boolean enabled) {
    }

    /**
     * @return the claims of every enabled account that belongs to a group
     * @throws jakarta.ws.rs.ProcessingException    when Keycloak cannot be reached
     * @throws jakarta.ws.rs.WebApplicationException when Keycloak refuses (for example a wrong secret)
     */
    public List<TokenClaims> readAll() {
        Client client = ClientBuilder.newBuilder()
                .connectTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        try {
            String bearer = "Bearer " + serviceAccountToken(client);
            WebTarget admin = client.target(openId.getProviderUri().replace("/realms/", "/admin/realms/"));
            Function<WebTarget, JsonArray> get = target -> target.request(MediaType.APPLICATION_JSON_TYPE)
                    .header("Authorization", bearer).get(JsonArray.class);

            Map<String, List<Account>> membersByGroup = new LinkedHashMap<>();
            readGroups(get, admin, get.apply(admin.path("groups").queryParam("briefRepresentation", true)
                    .queryParam("first", 0).queryParam("max", 1000)), membersByGroup);

            Map<String, List<String>> rolesByAccount = new LinkedHashMap<>();
            membersByGroup.values().forEach(members -> members.forEach(account -> rolesByAccount.computeIfAbsent(
                    account.id(), id -> get.apply(admin.path("users").path(id).path("role-mappings/realm/composite")
                            .queryParam("briefRepresentation", true)).getValuesAs(JsonObject.class).stream()
                            .map(role -> role.getString("name")).toList())));
            return assemble(membersByGroup, rolesByAccount);
        } finally {
            client.close();
        }
    }

    /**
     * Joins the group listings and the accounts' roles into one set of claims per enabled account, in the
     * order the groups were read.
     */
    static List<TokenClaims> assemble(Map<String, List<Account>> membersByGroup,
                                      Map<String, List<String>> rolesByAccount) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        membersByGroup.forEach((path, members) -> members.forEach(account -> {
            accounts.putIfAbsent(account.id(), account);
            groups.computeIfAbsent(account.id(), id -> new LinkedHashSet<>()).add(path);
        }));
        List<TokenClaims> claims = new ArrayList<>();
        for (Account account : accounts.values()) {
            if (account.enabled()) {
                claims.add(new TokenClaims(account.id(), account.username(), account.firstName(), account.lastName(),
                        account.email(), rolesByAccount.getOrDefault(account.id(), List.of()),
                        List.copyOf(groups.get(account.id()))));
            }
        }
        return claims;
    }

    private String serviceAccountToken(Client client) {
        Form form = new Form()
                .param("grant_type", "client_credentials")
                .param("client_id", clientId)
                .param("client_secret", clientSecret);
        JsonObject token = client.target(openId.getProviderUri()).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.form(form), JsonObject.class);
        return token.getString("access_token");
    }

    private void readGroups(Function<WebTarget, JsonArray> get, WebTarget admin, JsonArray groups,
                            Map<String, List<Account>> membersByGroup) {
        for (JsonValue value : groups) {
            JsonObject group = value.asJsonObject();
            String id = group.getString("id");
            membersByGroup.put(group.getString("path"), readPaged(get, admin.path("groups").path(id).path("members")));
            if (group.getInt("subGroupCount", 0) > 0) {
                readGroups(get, admin, get.apply(admin.path("groups").path(id).path("children")
                        .queryParam("briefRepresentation", true).queryParam("first", 0).queryParam("max", 1000)),
                        membersByGroup);
            }
        }
    }

    private static List<Account> readPaged(Function<WebTarget, JsonArray> get, WebTarget target) {
        List<Account> accounts = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            JsonArray page = get.apply(target.queryParam("briefRepresentation", true)
                    .queryParam("first", first).queryParam("max", PAGE));
            page.forEach(user -> accounts.add(account(user.asJsonObject())));
            if (page.size() < PAGE) {
                return accounts;
            }
        }
    }

    private static Account account(JsonObject user) {
        return new Account(user.getString("id"), user.getString("username"), user.getString("firstName", null),
                user.getString("lastName", null), user.getString("email", null), user.getBoolean("enabled", true));
    }
}
