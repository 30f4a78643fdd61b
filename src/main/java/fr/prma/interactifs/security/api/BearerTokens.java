package fr.prma.interactifs.security.api;

import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import fr.prma.interactifs.security.OpenIdSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks the bearer tokens of the REST API: access tokens that Keycloak signed (its keys read from the realm's
 * JWKS address and cached), issued by the realm the application trusts, not expired.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    @Inject
    OpenIdSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void prepare() {
        String issuer = settings.getProviderUri();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(new URL(issuer + "/protocol/openid-connect/certs")).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("interactifs.oidc.provider-uri is not an address: " + issuer, e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
    }

    /** The caller a valid token names, or empty when the token is not one the application accepts. */
    public Optional<ApiCaller> validate(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return Optional.of(new ApiCaller(claims.getSubject(), username(claims), roles(claims),
                    claims.getStringListClaim("groups") == null ? List.of() : claims.getStringListClaim("groups"),
                    claims.getStringClaim("azp")));
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            LOG.log(Level.FINE, "Bearer token refused", refused);
            return Optional.empty();
        }
    }

    private static String username(JWTClaimsSet claims) throws ParseException {
        String name = claims.getStringClaim("preferred_username");
        return name == null ? claims.getSubject() : name;
    }

    /** The realm roles: Keycloak puts them in realm_access.roles (and in "roles" where a mapper asks). */
    @SuppressWarnings("unchecked")
    private static Set<String> roles(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        Object roles = realmAccess == null ? null : realmAccess.get("roles");
        if (roles instanceof List<?> list) {
            return Set.copyOf((List<String>) list);
        }
        List<String> mapped = claims.getStringListClaim("roles");
        return mapped == null ? Set.of() : Set.copyOf(mapped);
    }
}
