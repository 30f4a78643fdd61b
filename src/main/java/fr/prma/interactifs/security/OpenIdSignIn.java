package fr.prma.interactifs.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in through Keycloak with the OpenID Connect authorisation code flow (Jakarta Security 3).
 * <p>
 * The caller's groups, in the Jakarta Security sense, are the realm roles of the token's {@code roles}
 * claim, so {@code isCallerInRole("admin")} works; body seats and organisation are read from the
 * {@code groups} claim by {@link IdentityMapping}. The login page is asked in French first. After sign-in,
 * {@link fr.prma.interactifs.security.web.SignInCallbackServlet} sends people to the page they asked for. Signing out is
 * done by {@link fr.prma.interactifs.security.web.SignOutServlet}, which also ends the Keycloak session.
 * <p>
 * This class is an {@code ApplicationScoped} bean only so that CDI discovers the annotation.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${openIdSettings.providerUri}",
        clientId = "${openIdSettings.clientId}",
        clientSecret = "${openIdSettings.clientSecret}",
        redirectURI = "${openIdSettings.callbackUri}",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        extraParameters = {"ui_locales=fr"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "roles"))
public class OpenIdSignIn {
}
