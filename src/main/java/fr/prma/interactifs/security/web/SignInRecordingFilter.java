package fr.prma.interactifs.security.web;

import java.io.IOException;
import java.util.logging.Logger;

import fr.prma.interactifs.directory.service.PeopleDirectory;
import fr.prma.interactifs.directory.service.PersonSummary;
import fr.prma.interactifs.security.AppRole;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.security.IdentityMapping;
import fr.prma.interactifs.security.SignedInIdentity;
import fr.prma.interactifs.security.TokenClaims;
import fr.prma.interactifs.security.api.ApiOrBrowserAuthentication;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records each sign-in in the directory: on the first request of a signed-in session, reads the ID token's
 * claims and lets {@link PeopleDirectory} create or refresh the person and their seats. Later requests of
 * the session only find the person id in {@link CurrentUser}.
 */
@WebFilter(filterName = "signInRecording", urlPatterns = "/*")
public class SignInRecordingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInRecordingFilter.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private OpenIdContext openIdContext;

    @EJB
    private PeopleDirectory peopleDirectory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // API callers are known by their bearer token, not by a browser session (see ApiActors).
        boolean apiCall = request.getAttribute(ApiOrBrowserAuthentication.CALLER) != null;
        if (!apiCall && request.getUserPrincipal() != null && !currentUser.isKnown()) {
            SignedInIdentity identity = IdentityMapping.map(claimsOf(openIdContext.getIdentityToken().getJwtClaims()));
            PersonSummary person = recordWithRetry(identity);
            currentUser.signedIn(person.id(), person.displayName(), identity.hasRole(AppRole.ADMIN));
        }
        chain.doFilter(request, response);
    }

    /**
     * Recording a sign-in writes the same rows as the directory synchronisation; when both run at the same
     * moment, one transaction fails (optimistic lock, duplicate seat). Recording is idempotent, so it is
     * simply done again, a few times at most.
     */
    private PersonSummary recordWithRetry(SignedInIdentity identity) {
        for (int attempt = 1; ; attempt++) {
            try {
                return peopleDirectory.recordSignIn(identity);
            } catch (EJBException concurrentWrite) {
                if (attempt == ATTEMPTS) {
                    throw concurrentWrite;
                }
                LOG.fine(() -> "Sign-in of " + identity.username() + " met a concurrent write; recording again");
            }
        }
    }

    private static TokenClaims claimsOf(JwtClaims jwt) {
        return new TokenClaims(
                jwt.getSubject().orElse(null),
                jwt.getStringClaim("preferred_username").orElse(null),
                jwt.getStringClaim("given_name").orElse(null),
                jwt.getStringClaim("family_name").orElse(null),
                jwt.getStringClaim("email").orElse(null),
                jwt.getArrayStringClaim("roles"),
                jwt.getArrayStringClaim("groups"));
    }
}
